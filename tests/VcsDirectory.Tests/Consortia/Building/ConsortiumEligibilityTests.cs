using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Organisations;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Building;

public class ConsortiumEligibilityTests
{
    private static IReadOnlyList<CandidateRefusal> AsMember(ConsortiumCandidate candidate, ConsortiumKind kind = ConsortiumKind.LeadPartner, ConsortiumCentre? centre = null) =>
        ConsortiumEligibility.MemberRefusals(centre ?? Centre(location: Here), candidate, kind, ConsortiumRequest.DefaultRadiusKm);

    private static IReadOnlyList<CandidateRefusal> AsLead(ConsortiumCandidate candidate, ConsortiumKind kind = ConsortiumKind.LeadPartner) =>
        ConsortiumEligibility.LeadRefusals(Centre(location: Here), candidate, kind, ConsortiumRequest.DefaultRadiusKm);

    [Fact]
    public void A_willing_local_organisation_delivering_a_required_category_may_join_and_lead() =>
        Assert.Empty(AsLead(Candidate(1)));

    [Fact]
    public void An_archived_organisation_is_refused() => Assert.Equal([CandidateRefusal.Archived], AsMember(Candidate(1, archived: true)));

    [Fact]
    public void An_organisation_willing_neither_to_join_nor_to_lead_is_refused() =>
        Assert.Equal([CandidateRefusal.NotWilling, CandidateRefusal.NotWillingToLead], AsMember(Candidate(1, join: false, lead: false)));

    [Fact]
    public void An_organisation_delivering_no_required_category_is_refused() =>
        Assert.Equal([CandidateRefusal.DeliversNoRequiredCategory], AsMember(Candidate(1, delivers: ["YOUTH"])));

    [Fact]
    public void An_organisation_serving_no_reach_ward_is_local_within_the_radius_only()
    {
        Assert.Empty(AsMember(Candidate(1, wards: [5], location: North(2.9))));
        Assert.Equal([CandidateRefusal.NotLocal], AsMember(Candidate(1, wards: [5], location: North(3.1))));
        Assert.Equal([CandidateRefusal.NotLocal], AsMember(Candidate(1, wards: [5], location: null)));
    }

    [Fact]
    public void A_centre_without_a_location_makes_only_its_reach_wards_local() =>
        Assert.Equal([CandidateRefusal.NotLocal], AsMember(Candidate(1, wards: [5], location: Here), centre: Centre(location: null)));

    [Fact]
    public void A_community_consortium_refuses_large_organisations_and_those_serving_no_reach_ward()
    {
        Assert.Equal([CandidateRefusal.TooLargeForCommunity], AsMember(Candidate(1, band: SizeBand.Large), ConsortiumKind.Community));
        Assert.Equal([CandidateRefusal.ServesNoReachWard], AsMember(Candidate(1, wards: [5], location: Here), ConsortiumKind.Community));
        Assert.Empty(AsLead(Candidate(1, band: SizeBand.Micro, governance: 0, finance: 0), ConsortiumKind.Community));
    }

    [Fact]
    public void A_lead_must_be_willing_to_lead() => Assert.Equal([CandidateRefusal.NotWillingToLead], AsLead(Candidate(1, lead: false)));

    [Fact]
    public void A_lead_partner_lead_is_medium_or_larger_and_strong_in_governance_and_financial_management()
    {
        Assert.Equal([CandidateRefusal.LeadTooSmall], AsLead(Candidate(1, band: SizeBand.Small)));
        Assert.Equal([CandidateRefusal.LeadNotStrongInGovernance], AsLead(Candidate(1, governance: 1)));
        Assert.Equal([CandidateRefusal.LeadNotStrongInFinancialManagement], AsLead(Candidate(1, finance: 1)));
        Assert.Empty(AsMember(Candidate(1, band: SizeBand.Micro, governance: 0, finance: 0)));
    }

    [Fact]
    public void An_organisation_willing_only_to_lead_must_meet_the_lead_rules_to_take_part() =>
        Assert.Equal([CandidateRefusal.LeadTooSmall], AsMember(Candidate(1, join: false, band: SizeBand.Small)));
}
