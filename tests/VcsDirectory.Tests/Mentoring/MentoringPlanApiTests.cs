using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Mentoring;

public sealed class MentoringPlanApiTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Plan = """
        query($input: MentoringPlanInput) {
          mentoringPlan(input: $input) {
            objective { matchedMentees totalScore }
            counts { menteesConsidered pinnedPairings newPairings unmatchedMentees candidateArcs }
            pairings { pinned match { score mentor { databaseId willingness { maxMentees } } mentee { databaseId } } }
            unmatched { reason eligibleMentors explanation mentee { databaseId } }
          }
        }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task The_borough_plan_matches_mentees_within_every_mentors_places_and_explains_the_rest()
    {
        var plan = (await _staff.QueryDataAsync(Plan))["mentoringPlan"]!;

        var pairings = plan["pairings"]!.AsArray();
        var mentees = pairings.Select(p => p!["match"]!["mentee"]!["databaseId"]!.GetValue<int>()).ToList();
        Assert.NotEmpty(pairings);
        Assert.Equal(mentees.Count, mentees.Distinct().Count());
        Assert.Equal(pairings.Count, plan["objective"]!["matchedMentees"]!.GetValue<int>());
        Assert.All(pairings.GroupBy(p => p!["match"]!["mentor"]!["databaseId"]!.GetValue<int>()), mentor =>
            Assert.True(mentor.Count() <= mentor.First()!["match"]!["mentor"]!["willingness"]!["maxMentees"]!.GetValue<int>()));
        Assert.Equal(pairings.Sum(p => p!["match"]!["score"]!.GetValue<double>()), plan["objective"]!["totalScore"]!.GetValue<double>(), 2);
        Assert.All(plan["unmatched"]!.AsArray(), u => Assert.False(string.IsNullOrEmpty(u!["explanation"]!.GetValue<string>())));
    }

    [Fact]
    public async Task The_same_input_gives_the_same_plan()
    {
        var input = new { wards = new[] { "ALDERNEY", "NEWTOWN", "PARKSTONE" }, needs = new[] { "GOVERNANCE", "SAFEGUARDING" } };

        var first = await _staff.QueryDataAsync(Plan, new { input });
        var second = await _staff.QueryDataAsync(Plan, new { input });

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Theory]
    [InlineData(false, "UNAUTHENTICATED")]
    [InlineData(true, "FORBIDDEN")]
    public async Task Only_CVS_staff_compute_plans(bool signedIn, string code)
    {
        var response = await factory.CreateClient().WithToken(signedIn ? TestTokens.CoordinatorOf(1) : null).PostGraphQLAsync(Plan);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task An_unknown_ward_code_is_a_clear_error()
    {
        var response = await _staff.PostGraphQLAsync(Plan, new { input = new { wards = new[] { "ATLANTIS" } } });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Committing_a_plan_proposes_its_pairs_once()
    {
        const string Commit = "mutation($input: MentoringPlanInput!) { commitMentoringPlan(input: $input) { mentoringPlanCommit { proposed { state origin mentee { databaseId } } plan { counts { newPairings } } } userErrors { code } } }";
        var input = new { wards = new[] { "HAMWORTHY_WEST", "HAMWORTHY_EAST", "POOLE_TOWN" } };

        var first = (await _staff.QueryDataAsync(Commit, new { input }))["commitMentoringPlan"]!["mentoringPlanCommit"]!;
        var again = (await _staff.QueryDataAsync(Commit, new { input }))["commitMentoringPlan"]!["mentoringPlanCommit"]!;

        Assert.Equal(first["plan"]!["counts"]!["newPairings"]!.GetValue<int>(), first["proposed"]!.AsArray().Count);
        Assert.All(first["proposed"]!.AsArray(), p => Assert.Equal(("PROPOSED", "PLAN"), (p!["state"]!.GetValue<string>(), p["origin"]!.GetValue<string>())));
        Assert.Empty(again["proposed"]!.AsArray());
    }
}
