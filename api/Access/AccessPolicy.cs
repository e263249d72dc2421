using GraphQL;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Access;

/// <summary>
/// Who may do what: the one place the directory's authorisation rules live. Resolvers and mutations
/// ask it and never decide for themselves.
/// </summary>
public static class AccessPolicy
{
    /// <summary>How a mutation that only CVS staff may call names its callers (<c>requires</c>); checked before anything else.</summary>
    public const string StaffOnly = "CVS staff";

    public static bool MaySeeContactDetails(DirectoryCaller caller, int organisationId) => MayActFor(caller, organisationId);

    /// <summary>Edit an organisation's record, propose or answer its mentoring pairings.</summary>
    public static bool MayActFor(DirectoryCaller caller, int organisationId) =>
        caller.IsCvsStaff || caller.CoordinatedOrganisations.Contains(organisationId);

    /// <summary>Record what a centre sees (identified need, its indicators, its participation opportunities): its manager or CVS staff.</summary>
    public static bool MayManageCentre(DirectoryCaller caller, int centreId) =>
        caller.IsCvsStaff || caller.ManagedCentres.Contains(centreId);

    public static void DemandManageCentre(DirectoryCaller caller, int centreId)
    {
        if (!MayManageCentre(caller, centreId))
        {
            throw Refusal(caller, "the centre's manager or CVS staff");
        }
    }

    /// <summary>
    /// What the token alone decides about recording identified need: CVS staff, or the manager of some centre (whose
    /// wards are checked once the positions are known, with <see cref="DemandRecordNeedIn"/>).
    /// </summary>
    public static void DemandNeedRecorder(DirectoryCaller caller)
    {
        if (!caller.IsCvsStaff && caller.ManagedCentres.Count == 0)
        {
            throw Refusal(caller, NeedRecorders);
        }
    }

    /// <summary>Record identified need in a ward: CVS staff anywhere, a centre's manager in the wards its centres reach.</summary>
    public static void DemandRecordNeedIn(DirectoryCaller caller, int? wardId, IReadOnlySet<int> reachedWards)
    {
        if (!caller.IsCvsStaff && !(wardId is { } ward && reachedWards.Contains(ward)))
        {
            throw Refusal(caller, NeedRecorders + " (this position falls in a ward none of your centres reaches)");
        }
    }

    /// <summary>Who may record identified need, as mutations name it.</summary>
    public const string NeedRecorders = "CVS staff or the manager of a centre reaching the need's ward";

    /// <summary>Create organisations, curate centres and clusters, run and commit plans, read the audit trail.</summary>
    public static bool IsStaff(DirectoryCaller caller) => caller.IsCvsStaff;

    public static void DemandActFor(DirectoryCaller caller, int organisationId)
    {
        if (!MayActFor(caller, organisationId))
        {
            throw Refusal(caller, "a coordinator of this organisation or CVS staff");
        }
    }

    /// <summary>
    /// What can be decided from the token alone, before any input is read or any SQL sent: every mutation needs a
    /// signed-in caller, and one <paramref name="requires"/> <see cref="StaffOnly"/> needs CVS staff.
    /// </summary>
    public static void DemandBeforeReading(DirectoryCaller caller, string requires)
    {
        if (requires == StaffOnly)
        {
            DemandStaff(caller);
        }
        else if (!caller.IsAuthenticated)
        {
            throw Refusal(caller, requires);
        }
    }

    /// <summary>The check before a record naming its organisation is read: CVS staff, or a coordinator of some organisation.</summary>
    public static void DemandEditor(DirectoryCaller caller, string who)
    {
        if (!caller.IsCvsStaff && caller.CoordinatedOrganisations.Count == 0)
        {
            throw Refusal(caller, who);
        }
    }

    public static void DemandActFor(DirectoryCaller caller, int organisationId, string who)
    {
        if (!MayActFor(caller, organisationId))
        {
            throw Refusal(caller, who);
        }
    }

    /// <summary>Only the organisation's own coordinators, not CVS staff: an answer only the organisation can give (accepting an invitation).</summary>
    public static void DemandCoordinatorOf(DirectoryCaller caller, int organisationId, string who)
    {
        if (!caller.CoordinatedOrganisations.Contains(organisationId))
        {
            throw Refusal(caller, who);
        }
    }

    public static void DemandStaff(DirectoryCaller caller)
    {
        if (!IsStaff(caller))
        {
            throw Refusal(caller, "CVS staff");
        }
    }

    private static ExecutionError Refusal(DirectoryCaller caller, string who) => caller.IsAuthenticated
        ? new ExecutionError($"Only {who} may do this.") { Code = ErrorCodes.Forbidden }
        : new ExecutionError($"Sign in first: only {who} may do this (send a bearer token).") { Code = ErrorCodes.Unauthenticated };
}
