using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The rules that decide who may be a member, or the lead, of a consortium for a centre.</summary>
/// <remarks>
/// A member must: not be archived; be willing to join or to lead; deliver (an ACTIVE service in) at least one of the
/// centre's required categories; be local: serve one of its reach wards or, where both have a location, be within the
/// radius. In a <see cref="ConsortiumKind.Community"/> consortium it must also be MICRO, SMALL or MEDIUM and serve a
/// reach ward. The lead must also be willing to lead; in a <see cref="ConsortiumKind.LeadPartner"/> consortium it must
/// be MEDIUM or larger and strong (2 or more) in GOVERNANCE and FINANCIAL_MANAGEMENT. An organisation willing to lead
/// but not to join only takes part as the lead, so the lead's rules apply to it as a member too.
/// </remarks>
public static class ConsortiumEligibility
{
    public const int StrongCapacity = 2;
    public const string Governance = "GOVERNANCE";
    public const string FinancialManagement = "FINANCIAL_MANAGEMENT";

    private static readonly CandidateRefusal[] MemberRules =
    [
        CandidateRefusal.Archived, CandidateRefusal.NotWilling, CandidateRefusal.DeliversNoRequiredCategory,
        CandidateRefusal.NotLocal, CandidateRefusal.TooLargeForCommunity, CandidateRefusal.ServesNoReachWard,
    ];

    private static readonly CandidateRefusal[] LeadRules =
    [
        CandidateRefusal.NotWillingToLead, CandidateRefusal.LeadTooSmall,
        CandidateRefusal.LeadNotStrongInGovernance, CandidateRefusal.LeadNotStrongInFinancialManagement,
    ];

    /// <summary>Every rule broken as a member, in the order of <see cref="CandidateRefusal"/>; empty when it may join.</summary>
    public static IReadOnlyList<CandidateRefusal> MemberRefusals(ConsortiumCentre centre, ConsortiumCandidate candidate, ConsortiumKind kind, double radiusKm)
    {
        var rules = candidate.WillingToJoin ? MemberRules : [.. MemberRules, .. LeadRules];
        return [.. rules.Where(rule => Refuses(rule, centre, candidate, kind, radiusKm))];
    }

    /// <summary>Every rule broken as the lead, in the order of <see cref="CandidateRefusal"/>; empty when it may lead.</summary>
    public static IReadOnlyList<CandidateRefusal> LeadRefusals(ConsortiumCentre centre, ConsortiumCandidate candidate, ConsortiumKind kind, double radiusKm) =>
        [.. MemberRules.Concat(LeadRules).Where(rule => Refuses(rule, centre, candidate, kind, radiusKm))];

    /// <summary>Great-circle distance from the centre; null when either has no location.</summary>
    public static double? DistanceKm(ConsortiumCentre centre, ConsortiumCandidate candidate) =>
        centre.Location is { } here && candidate.Location is { } there ? here.DistanceKmTo(there) : null;

    public static bool ServesAReachWard(ConsortiumCentre centre, ConsortiumCandidate candidate) =>
        candidate.WardIds.Overlaps(centre.ReachWardIds);

    public static bool IsLocal(ConsortiumCentre centre, ConsortiumCandidate candidate, double radiusKm) =>
        ServesAReachWard(centre, candidate) || DistanceKm(centre, candidate) <= radiusKm;

    public static bool IsStrongIn(ConsortiumCandidate candidate, string area) =>
        candidate.Strengths.GetValueOrDefault(area) >= StrongCapacity;

    private static bool Refuses(CandidateRefusal rule, ConsortiumCentre centre, ConsortiumCandidate candidate, ConsortiumKind kind, double radiusKm) =>
        rule switch
        {
            CandidateRefusal.Archived => candidate.IsArchived,
            CandidateRefusal.NotWilling => !candidate.WillingToJoin && !candidate.WillingToLead,
            CandidateRefusal.DeliversNoRequiredCategory => !candidate.DeliveredCategories.Overlaps(centre.RequiredCategories),
            CandidateRefusal.NotLocal => !IsLocal(centre, candidate, radiusKm),
            CandidateRefusal.TooLargeForCommunity => kind == ConsortiumKind.Community && candidate.SizeBand > SizeBand.Medium,
            CandidateRefusal.ServesNoReachWard => kind == ConsortiumKind.Community && !ServesAReachWard(centre, candidate),
            CandidateRefusal.NotWillingToLead => !candidate.WillingToLead,
            CandidateRefusal.LeadTooSmall => kind == ConsortiumKind.LeadPartner && candidate.SizeBand < SizeBand.Medium,
            CandidateRefusal.LeadNotStrongInGovernance => kind == ConsortiumKind.LeadPartner && !IsStrongIn(candidate, Governance),
            CandidateRefusal.LeadNotStrongInFinancialManagement => kind == ConsortiumKind.LeadPartner && !IsStrongIn(candidate, FinancialManagement),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No rule for this refusal."),
        };
}
