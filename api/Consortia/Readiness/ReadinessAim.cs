namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>What an organisation is getting ready for.</summary>
public enum ReadinessAim
{
    ManageCentre,
    LeadConsortium,
    JoinConsortium,
}
