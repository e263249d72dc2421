using VcsDirectory.Api.Consortia.Building;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Building;

public class TightConsortiaTests
{
    private static readonly CentreCandidates Centre = CentreCandidates.For(
        ConsortiumInstances.Centre(required: ["EARLY_YEARS", "FAMILY_SUPPORT", "SEND"]),
        [
            Candidate(2, delivers: ["EARLY_YEARS", "FAMILY_SUPPORT"]),
            Candidate(3, delivers: ["SEND"], lead: false),
            Candidate(4, delivers: ["EARLY_YEARS"], lead: false),
            Candidate(5, delivers: ["FAMILY_SUPPORT"], lead: false),
        ],
        new ConsortiumRequest(ConsortiumKind.LeadPartner));

    [Fact]
    public void Only_candidates_of_a_full_consortium_of_two_take_part_when_two_members_are_allowed()
    {
        Assert.Equal([2, 3], TightConsortia.Of(Centre, covered: 3, members: 2).Select(c => c.Id));
    }

    [Fact]
    public void A_third_member_lets_the_redundant_candidates_take_part()
    {
        Assert.Equal([2, 3, 4, 5], TightConsortia.Of(Centre, covered: 3, members: 3).Select(c => c.Id));
    }

    [Fact]
    public void No_candidate_takes_part_when_the_categories_cannot_be_covered_with_that_few()
    {
        Assert.Empty(TightConsortia.Of(Centre, covered: 3, members: 1));
    }
}
