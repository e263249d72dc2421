using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Organisations;

/// <summary>
/// A ward's unfiltered <c>organisations { totalCount }</c> is read from the count the database keeps, one row a ward;
/// it answers what counting the ward's organisations answers, before and after every edit that moves it.
/// </summary>
public sealed class WardOrganisationTotalsTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    /// <summary>Each ward's total as kept, its total under a filter every organisation passes (counted afresh), and its nodes.</summary>
    private const string Totals = """
        { wards(first: 16) { nodes { code
            kept: organisations(first: 100) { totalCount nodes { id } }
            counted: organisations(where: { annualIncome: { gte: 0 } }) { totalCount } } } }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task A_wards_total_is_its_listed_organisations_after_each_edit_that_moves_it()
    {
        var before = await TotalsAsync();

        await MutateAsync("createOrganisation", new { name = "Totals test group", kind = "COMMUNITY_GROUP", annualIncome = 4000, wards = new[] { "OAKDALE", "PARKSTONE" }, isSynthetic = true });
        var created = await TotalsAsync();
        var moved = await MoveAsync(40, ["PARKSTONE", "PENN_HILL"]);
        var archived = await ArchiveAsync(41);

        Assert.Equal(Moved(before, added: ["OAKDALE", "PARKSTONE"]), created);
        Assert.Equal(Moved(created, added: moved.To, removed: moved.From), moved.Totals);
        Assert.Equal(Moved(moved.Totals, removed: archived.From), archived.Totals);
    }

    [Fact]
    public async Task An_unfiltered_ward_total_reads_the_kept_count_not_the_wards_links()
    {
        factory.SqlStatements.Reset();

        await _staff.QueryDataAsync("{ wards(first: 16) { nodes { organisations(first: 5) { totalCount nodes { name } } } } }");

        Assert.Contains(factory.SqlStatements.Texts, text => text.Contains("WardOrganisationCounts", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.SqlStatements.Texts, text => text.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every ward's kept total, after checking it against the nodes and against counting afresh.</summary>
    private async Task<Dictionary<string, int>> TotalsAsync()
    {
        var wards = (await _staff.QueryDataAsync(Totals))["wards"]!["nodes"]!.AsArray();
        Assert.All(wards, ward =>
        {
            var kept = ward!["kept"]!["totalCount"]!.GetValue<int>();
            Assert.Equal(ward["kept"]!["nodes"]!.AsArray().Count, kept);
            Assert.Equal(ward["counted"]!["totalCount"]!.GetValue<int>(), kept);
        });
        return wards.ToDictionary(w => w!["code"]!.GetValue<string>(), w => w!["kept"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<(string[] From, string[] To, Dictionary<string, int> Totals)> MoveAsync(int organisation, string[] to)
    {
        var state = await OrganisationState.ReadAsync(factory, organisation);
        await MutateAsync("setOrganisationWardsAndServices", new { id = OrganisationState.Id(organisation), version = state["version"]!.GetValue<int>(), wards = to, services = new[] { "YOUTH" } });
        return (Codes(state), to, await TotalsAsync());
    }

    private async Task<(string[] From, Dictionary<string, int> Totals)> ArchiveAsync(int organisation)
    {
        var state = await OrganisationState.ReadAsync(factory, organisation);
        await MutateAsync("archiveOrganisation", new { id = OrganisationState.Id(organisation), version = state["version"]!.GetValue<int>(), reason = "Closed (totals test)." });
        return (Codes(state), await TotalsAsync());
    }

    private static string[] Codes(JsonObject state) => state["wards"]!["nodes"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).ToArray();

    private static Dictionary<string, int> Moved(Dictionary<string, int> totals, string[]? added = null, string[]? removed = null) =>
        totals.ToDictionary(t => t.Key, t => t.Value + (added ?? []).Count(c => c == t.Key) - (removed ?? []).Count(c => c == t.Key));

    private async Task MutateAsync(string mutation, object input)
    {
        var response = await _staff.PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ userErrors {{ code message }} }} }}", new { input });
        Assert.Null(response.Errors);
        Assert.Empty(response.Data![mutation]!["userErrors"]!.AsArray());
    }
}
