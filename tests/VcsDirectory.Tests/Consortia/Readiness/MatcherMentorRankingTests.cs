using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.Mentoring.Matching;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Consortia.Readiness;

public class MatcherMentorRankingTests
{
    private static readonly Dictionary<string, int> AreaIds = new() { ["SAFEGUARDING"] = 1, ["HR"] = 2 };

    [Fact]
    public void The_best_mentor_for_a_gap_comes_from_the_matcher_even_when_the_gap_is_not_a_recorded_need()
    {
        MatchingOrganisation[] organisations =
        [
            Mentor(1, capacities: new() { [1] = 3 }),
            Mentor(2, capacities: new() { [2] = 2 }),
            Mentee(3, needs: new() { [2] = 3 }),
        ];

        var best = MatcherMentorRanking.For(organisations, MentoringHistory.Empty, MatchingWeights.Default, 3, ["SAFEGUARDING"], AreaIds);

        var mentor = best("SAFEGUARDING");
        Assert.Equal(1, mentor?.MentorId);
        Assert.StartsWith("The matcher's best mentor strong in SAFEGUARDING (score ", mentor?.Explanation);
        Assert.Equal(2, best("HR")?.MentorId);
    }

    [Fact]
    public void No_mentor_is_proposed_where_none_is_eligible_or_the_area_is_unknown()
    {
        MatchingOrganisation[] organisations = [Mentor(1, capacities: new() { [1] = 3 }, willing: false), Mentee(3)];

        var best = MatcherMentorRanking.For(organisations, MentoringHistory.Empty, MatchingWeights.Default, 3, ["SAFEGUARDING"], AreaIds);

        Assert.Null(best("SAFEGUARDING"));
        Assert.Null(best("PREMISES"));
    }
}
