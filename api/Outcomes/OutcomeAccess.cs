using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.Outcomes;

/// <summary>Who may record what a centre sees, as the outcomes feature asks it.</summary>
public static class OutcomeAccess
{
    public const string CentreManagerOrStaff = "the centre's manager or CVS staff";

    /// <summary>Before a record naming its centre is read: CVS staff, or the manager of some centre (the row decides which).</summary>
    public static void DemandSomeCentre(DirectoryCaller caller)
    {
        if (!caller.IsCvsStaff && caller.ManagedCentres.Count == 0)
        {
            AccessPolicy.DemandManageCentre(caller, 0);
        }
    }
}
