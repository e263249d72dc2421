using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>Support plans count in a centre's mentoring and support from the next read while a step is open, and only for organisations serving its reach.</summary>
public sealed class SupportInReachFollowsWritesTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Indicator = "MENTORING_AND_SUPPORT";

    private const string Plan = "supportPlan { id version steps { area } } userErrors { field code }";

    [Fact]
    public async Task A_support_plan_for_an_organisation_serving_the_reach_raises_the_centres_mentoring_and_support_on_the_next_read()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var (centre, inReach, _) = await CentreAndOrganisationsAsync(staff);
        var before = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, centre, Indicator));

        await CreatePlanAsync(staff, inReach);
        var after = await OutcomeReads.IndicatorAsync(staff, centre, Indicator);

        Assert.Equal(before + 1, OutcomeReads.Latest(after));
        Assert.Contains("open support plan", after["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_support_plan_for_an_organisation_serving_none_of_the_reach_wards_leaves_it_unchanged()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var (centre, _, outOfReach) = await CentreAndOrganisationsAsync(staff);
        var before = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, centre, Indicator));

        await CreatePlanAsync(staff, outOfReach);

        Assert.Equal(before, OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, centre, Indicator)));
    }

    [Fact]
    public async Task A_support_plan_stops_counting_once_every_step_is_done()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var (centre, inReach, _) = await CentreAndOrganisationsAsync(staff);
        var plan = await CreatePlanAsync(staff, inReach);
        var open = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, centre, Indicator));

        var version = plan["version"]!.GetValue<int>();
        foreach (var area in plan["steps"]!.AsArray().Select(s => s!["area"]!.GetValue<string>()))
        {
            var done = (await staff.QueryDataAsync(
                $"mutation($input: UpdateSupportStepInput!) {{ updateSupportStep(input: $input) {{ {Plan} }} }}",
                new { input = new { id = plan["id"]!.GetValue<string>(), version, area, done = true } }))["updateSupportStep"]!;
            Assert.Empty(done["userErrors"]!.AsArray());
            version = done["supportPlan"]!["version"]!.GetValue<int>();
        }

        Assert.Equal(open - 1, OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, centre, Indicator)));
    }

    private static async Task<JsonNode> CreatePlanAsync(HttpClient staff, int organisation)
    {
        var created = (await staff.QueryDataAsync(
            $"mutation($input: CreateSupportPlanInput!) {{ createSupportPlan(input: $input) {{ {Plan} }} }}",
            new { input = new { organisationId = GlobalId.Encode("Organisation", organisation), aim = "MANAGE_CENTRE", start = "2026-01-01", targetDate = "2027-07-01" } }))["createSupportPlan"]!;
        Assert.Empty(created["userErrors"]!.AsArray());
        return created["supportPlan"]!;
    }

    /// <summary>The first demo centre with a reach, an organisation with gaps serving one of its reach wards, and one with gaps serving none.</summary>
    private static async Task<(int Centre, int InReach, int OutOfReach)> CentreAndOrganisationsAsync(HttpClient client)
    {
        static IReadOnlySet<int> Ids(JsonNode? wards) => wards!["nodes"]!.AsArray().Select(w => w!["databaseId"]!.GetValue<int>()).ToHashSet();
        var data = await client.QueryDataAsync("""
            { childrensCentres(first: 20, order: [{ name: ASC }]) { nodes { databaseId reachWards(first: 100) { nodes { databaseId } } } }
              organisations(first: 100) { nodes { databaseId wards(first: 100) { nodes { databaseId } } readiness(aim: MANAGE_CENTRE) { gaps } } } }
            """);
        var withGaps = data["organisations"]!["nodes"]!.AsArray()
            .Where(o => o!["readiness"]!["gaps"]!.AsArray().Count > 0)
            .Select(o => (Id: o!["databaseId"]!.GetValue<int>(), Wards: Ids(o["wards"])))
            .ToList();
        return data["childrensCentres"]!["nodes"]!.AsArray()
            .Select(c => (Id: c!["databaseId"]!.GetValue<int>(), Reach: Ids(c["reachWards"])))
            .Where(c => c.Reach.Count > 0)
            .Select(c => (c.Id, In: withGaps.FirstOrDefault(o => o.Wards.Overlaps(c.Reach)).Id, Out: withGaps.FirstOrDefault(o => o.Wards.Count > 0 && !o.Wards.Overlaps(c.Reach)).Id))
            .First(c => c.In != 0 && c.Out != 0);
    }
}
