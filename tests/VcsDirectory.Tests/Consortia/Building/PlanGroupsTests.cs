using VcsDirectory.Api.Consortia.Building;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Building;

public class PlanGroupsTests
{
    private static readonly ConsortiumRequest Request = new(ConsortiumKind.LeadPartner);

    private static readonly List<CentreCandidates> Centres =
    [
        .. new[] { Centre(1, reach: [1]), Centre(2, reach: [2]), Centre(3, reach: [3]) }.Select(c => CentreCandidates.For(c,
        [
            Candidate(1, wards: [1, 2]),
            Candidate(2, wards: [3]),
        ], Request)),
    ];

    [Fact]
    public void Centres_an_organisation_may_join_beyond_the_limit_are_planned_together()
    {
        var groups = PlanGroups.Of(Centres, maxConsortiaPerOrganisation: 1);

        Assert.Equal("1,2 | 3", Describe(groups));
    }

    [Fact]
    public void An_organisation_that_can_join_all_its_centres_within_the_limit_ties_none()
    {
        var groups = PlanGroups.Of(Centres, maxConsortiaPerOrganisation: 2);

        Assert.Equal("1 | 2 | 3", Describe(groups));
    }

    private static string Describe(List<List<CentreCandidates>> groups) => string.Join(" | ", groups.Select(g => string.Join(",", g.Select(c => c.Centre.Id))));
}
