namespace VcsDirectory.Api.Consortia.Building;

/// <summary>Why an organisation cannot be a member, or the lead, of a consortium for a centre; the API names these.</summary>
public enum CandidateRefusal
{
    Archived,
    NotWilling,
    DeliversNoRequiredCategory,
    NotLocal,
    TooLargeForCommunity,
    ServesNoReachWard,
    NotWillingToLead,
    LeadTooSmall,
    LeadNotStrongInGovernance,
    LeadNotStrongInFinancialManagement,
}
