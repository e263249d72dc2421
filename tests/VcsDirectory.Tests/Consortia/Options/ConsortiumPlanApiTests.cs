using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.Options;

/// <summary>The borough plan over HTTP: CVS staff only, within the per-organisation limit, and committed as FORMING consortia once.</summary>
public sealed class ConsortiumPlanApiTests : IClassFixture<DirectoryApiFactory>
{
    private readonly DirectoryApiFactory _factory;

    /// <remarks>
    /// These tests check what the plan is, not how fast: on a loaded shared machine (CI runs the whole suite at once on two
    /// cores) the default 10 s request timeout could stop a plan that takes about a second alone, so it is raised here.
    /// </remarks>
    public ConsortiumPlanApiTests(DirectoryApiFactory factory)
    {
        factory.Settings["GraphQL:Limits:ExecutionTimeoutSeconds"] = "120";
        _factory = factory;
    }

    private const string Plan = """
        query($input: ConsortiumPlanInput!) {
          consortiumPlan(input: $input) {
            consortia { centre { databaseId } members { organisation { databaseId } role } }
            unformed { centre { databaseId } reason }
            objective { coveredCategories members wardPairs }
          }
        }
        """;

    private const string Commit = """
        mutation($input: ConsortiumPlanInput!) {
          commitConsortiumPlan(input: $input) {
            consortiumPlanCommit { plan { consortia { centre { databaseId } } } created { id status centre { databaseId } members { role invitation } } }
            userErrors { code }
          }
        }
        """;

    [Theory]
    [InlineData("COMMUNITY", 1)]
    [InlineData("COMMUNITY", 2)]
    [InlineData("LEAD_PARTNER", 1)]
    [InlineData("LEAD_PARTNER", 2)]
    public async Task No_organisation_is_in_more_consortia_than_the_limit_and_every_centre_is_accounted_for(string kind, int limit)
    {
        var plan = await PlanAsync(new { kind, maxConsortiaPerOrganisation = limit });

        var memberships = plan["consortia"]!.AsArray().SelectMany(c => c!["members"]!.AsArray()).GroupBy(m => m!["organisation"]!["databaseId"]!.GetValue<int>());
        var centres = plan["consortia"]!.AsArray().Concat(plan["unformed"]!.AsArray()).Select(c => c!["centre"]!["databaseId"]!.GetValue<int>());
        Assert.All(memberships, m => Assert.True(m.Count() <= limit, $"Organisation {m.Key} is in {m.Count()} consortia."));
        Assert.Equal(Enumerable.Range(1, 8), centres.Order());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(1, "FORBIDDEN")]
    public async Task Only_CVS_staff_plan_and_commit(int? coordinatorOf, string code)
    {
        var client = _factory.CreateClient().WithToken(coordinatorOf is { } id ? TestTokens.CoordinatorOf(id) : null);

        var plan = await client.PostGraphQLAsync(Plan, new { input = new { kind = "LEAD_PARTNER" } });
        var commit = await client.PostGraphQLAsync(Commit, new { input = new { kind = "LEAD_PARTNER" } });

        Assert.Equal([code], plan.ErrorCodes);
        Assert.Equal([code], commit.ErrorCodes);
        Assert.Equal(0, await CountAsync("LEAD_PARTNER"));
    }

    [Fact]
    public async Task Committing_creates_the_plans_consortia_as_forming_once()
    {
        var staff = _factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var input = new { kind = "COMMUNITY", purpose = "MANAGE_CENTRE", maxConsortiaPerOrganisation = 2 };

        var first = (await staff.QueryDataAsync(Commit, new { input }))["commitConsortiumPlan"]!["consortiumPlanCommit"]!;
        var again = (await staff.QueryDataAsync(Commit, new { input }))["commitConsortiumPlan"]!["consortiumPlanCommit"]!;

        var created = first["created"]!.AsArray();
        Assert.Equal(first["plan"]!["consortia"]!.AsArray().Count, created.Count);
        Assert.NotEmpty(created);
        Assert.All(created, c =>
        {
            Assert.Equal("FORMING", c!["status"]!.GetValue<string>());
            Assert.All(c["members"]!.AsArray(), m => Assert.Equal(m!["role"]!.GetValue<string>() == "LEAD" ? "ACCEPTED" : "INVITED", m["invitation"]!.GetValue<string>()));
        });
        Assert.Empty(again["created"]!.AsArray());
        Assert.Equal(created.Count, await CountAsync("COMMUNITY"));
    }

    private async Task<JsonNode> PlanAsync(object input) =>
        (await _factory.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(Plan, new { input }))["consortiumPlan"]!;

    private async Task<int> CountAsync(string kind) =>
        (await _factory.CreateClient().QueryDataAsync($"{{ consortia(where: {{ kind: {{ eq: {kind} }} }}) {{ totalCount }} }}"))["consortia"]!["totalCount"]!.GetValue<int>();
}
