using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.SupportPlans;

/// <summary>The rules of support plans over HTTP: 24 months at most, one step per gap with the matcher's mentor, readiness and its forecast.</summary>
public sealed class SupportPlanRuleTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task A_target_more_than_24_months_after_the_start_is_out_of_range_and_writes_nothing()
    {
        var scenario = new SupportPlanScenario(factory);
        var organisation = (await scenario.WithGapsAsync(1))[0];
        var before = await scenario.CountAsync(organisation);

        var created = await scenario.CreateAsync(TestTokens.CvsStaff(), organisation, start: "2026-01-01", target: "2028-01-02");

        Assert.Equal("OUT_OF_RANGE", created["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "targetDate"], created["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(created["supportPlan"]);
        Assert.Equal(before, await scenario.CountAsync(organisation));
    }

    [Fact]
    public async Task A_plan_has_one_step_per_gap_each_due_by_the_target_and_explained()
    {
        var scenario = new SupportPlanScenario(factory);
        var organisation = (await scenario.WithGapsAsync(3))[2];
        var gaps = (await factory.CreateClient().QueryDataAsync("query($id: ID!) { node(id: $id) { ... on Organisation { readiness(aim: MANAGE_CENTRE) { gaps } } } }", new { id = SupportPlanScenario.Org(organisation) }))
            ["node"]!["readiness"]!["gaps"]!.AsArray().Select(g => g!.GetValue<string>()).ToList();

        var plan = (await scenario.CreateAsync(TestTokens.CoordinatorOf(organisation), organisation))["supportPlan"]!;

        var steps = plan["steps"]!.AsArray();
        Assert.Equal(gaps.Order(), steps.Select(s => s!["area"]!.GetValue<string>()).Order());
        Assert.All(steps, s =>
        {
            Assert.True(string.CompareOrdinal(s!["dueDate"]!.GetValue<string>(), "2027-07-01") <= 0);
            Assert.False(string.IsNullOrWhiteSpace(s["explanation"]!.GetValue<string>()));
            Assert.Equal(s["source"]!.GetValue<string>() == "MENTORING", s["mentor"] is not null);
        });
    }

    [Fact]
    public async Task Readiness_is_the_share_of_required_areas_the_organisation_is_strong_in()
    {
        var organisation = (await new SupportPlanScenario(factory).WithGapsAsync(1))[0];

        var node = (await factory.CreateClient().QueryDataAsync(
            "query($id: ID!) { node(id: $id) { ... on Organisation { capacities { area { code } strength } readiness(aim: LEAD_CONSORTIUM) { share requiredAreas strongAreas gaps isReady } } } }",
            new { id = SupportPlanScenario.Org(organisation) }))["node"]!;

        var strong = node["capacities"]!.AsArray().Where(c => c!["strength"]!.GetValue<int>() >= 2).Select(c => c!["area"]!["code"]!.GetValue<string>()).ToHashSet();
        var required = node["readiness"]!["requiredAreas"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(required.Where(strong.Contains), node["readiness"]!["strongAreas"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal((double)required.Count(strong.Contains) / required.Count, node["readiness"]!["share"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task The_forecast_counts_an_organisation_ready_once_its_plans_steps_are_due_and_is_for_CVS_staff_only()
    {
        var scenario = new SupportPlanScenario(factory);
        var organisation = (await scenario.WithGapsAsync(5))[4];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await scenario.CreateAsync(TestTokens.CvsStaff(), organisation, start: today.ToString("yyyy-MM-dd"), target: today.AddMonths(18).ToString("yyyy-MM-dd"), aim: "JOIN_CONSORTIUM");
        const string Query = "{ readinessForecast(months: 24) { aims { aim readyNow readyByHorizon newlyReadyIds } unlockedCentres { centre { id } coveredNow coveredByHorizon } } }";

        var anonymous = await factory.CreateClient().PostGraphQLAsync(Query);
        var forecast = (await factory.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(Query))["readinessForecast"]!;

        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        var join = forecast["aims"]!.AsArray().Single(a => a!["aim"]!.GetValue<string>() == "JOIN_CONSORTIUM")!;
        Assert.Contains(organisation, join["newlyReadyIds"]!.AsArray().Select(i => i!.GetValue<int>()));
        Assert.True(join["readyByHorizon"]!.GetValue<int>() > join["readyNow"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_step_linked_to_a_pairing_is_done_when_the_pairing_completes_and_the_strength_is_raised()
    {
        var scenario = new SupportPlanScenario(factory);
        var (mentee, mentor) = await EligiblePairAsync();
        var plan = (await scenario.CreateAsync(TestTokens.CvsStaff(), mentee))["supportPlan"]!;
        var area = plan["steps"]![0]!["area"]!.GetValue<string>();
        var menteeToken = TestTokens.CoordinatorOf(mentee);
        var pairing = (await factory.CreateClient().WithToken(menteeToken).QueryDataAsync(
            "mutation($input: ProposeMentoringPairingInput!) { proposeMentoringPairing(input: $input) { mentoringPairing { id } } }",
            new { input = new { menteeId = SupportPlanScenario.Org(mentee), mentorId = SupportPlanScenario.Org(mentor) } }))["proposeMentoringPairing"]!["mentoringPairing"]!["id"]!.GetValue<string>();

        var linked = await scenario.SendAsync(menteeToken, "updateSupportStep", new { id = plan["id"]!.GetValue<string>(), version = 1, area, pairingId = pairing });
        await Step(TestTokens.CoordinatorOf(mentor), "respondToMentoringPairing", "RespondToMentoringPairingInput", new { id = pairing, version = 1, accept = true });
        await Step(menteeToken, "endMentoringPairing", "EndMentoringPairingInput", new { id = pairing, version = 2, outcome = "COMPLETED" });

        Assert.Empty(linked.Data!["updateSupportStep"]!["userErrors"]!.AsArray());
        var after = (await factory.CreateClient().QueryDataAsync(
            "query($p: ID!, $o: ID!) { plan: node(id: $p) { ... on SupportPlan { version steps { area doneAt } } } org: node(id: $o) { ... on Organisation { capacities { area { code } strength } } } }",
            new { p = plan["id"]!.GetValue<string>(), o = SupportPlanScenario.Org(mentee) }));
        Assert.NotNull(after["plan"]!["steps"]!.AsArray().Single(s => s!["area"]!.GetValue<string>() == area)!["doneAt"]);
        Assert.Equal(3, after["plan"]!["version"]!.GetValue<int>());
        Assert.True(after["org"]!["capacities"]!.AsArray().Single(c => c!["area"]!["code"]!.GetValue<string>() == area)!["strength"]!.GetValue<int>() >= 2);
    }

    private async Task Step(string token, string mutation, string inputType, object input) =>
        Assert.Empty((await factory.CreateClient().WithToken(token).QueryDataAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ userErrors {{ code }} }} }}", new { input }))[mutation]!["userErrors"]!.AsArray());

    private async Task<(int Mentee, int Mentor)> EligiblePairAsync()
    {
        var client = factory.CreateClient();
        foreach (var mentee in Enumerable.Range(1, 150))
        {
            var data = await client.QueryDataAsync("query($id: ID!) { mentorSuggestions(organisationId: $id, first: 1) { mentor { databaseId } } node(id: $id) { ... on Organisation { readiness(aim: MANAGE_CENTRE) { isReady } } } }", new { id = GlobalId.Encode("Organisation", mentee) });
            if (data["mentorSuggestions"]!.AsArray() is [var best] && !data["node"]!["readiness"]!["isReady"]!.GetValue<bool>())
            {
                return (mentee, best!["mentor"]!["databaseId"]!.GetValue<int>());
            }
        }

        throw new InvalidOperationException("No eligible pair with a gap in the demo data.");
    }
}
