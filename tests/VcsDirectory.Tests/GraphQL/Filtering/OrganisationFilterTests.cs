using VcsDirectory.Api.Import;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Filtering;

/// <summary>Each operator family against the same question asked of the dataset file directly.</summary>
[Collection(SeededApi.Name)]
public sealed class OrganisationFilterTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static IReadOnlyList<OrganisationRecord> All => TestDataset.Poole.Organisations;

    [Fact]
    public async Task String_operators_match_exactly_or_ignoring_case()
    {
        var sample = All[7].Name;
        var word = sample.Split(' ')[0];

        Assert.Equal([sample], await NamesAsync($$"""{ name: { eq: "{{sample}}" } }"""));
        Assert.Equal(Expected(o => o.Name.Contains(word.ToUpperInvariant(), StringComparison.OrdinalIgnoreCase)), await NamesAsync($$"""{ name: { contains: "{{word.ToUpperInvariant()}}" } }"""));
        Assert.Equal(Expected(o => o.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase)), await NamesAsync($$"""{ name: { startsWith: "{{word.ToLowerInvariant()}}" } }"""));
        Assert.Equal(Expected(o => o.Name != sample), await NamesAsync($$"""{ name: { neq: "{{sample}}" } }"""));
        Assert.Equal(Expected(o => o.Name == sample || o.Name == All[3].Name), await NamesAsync($$"""{ name: { in: ["{{sample}}", "{{All[3].Name}}"] } }"""));
    }

    [Fact]
    public async Task Number_operators_compare_in_SQL()
    {
        Assert.Equal(Expected(o => o.AnnualIncome >= 100_000 && o.AnnualIncome < 1_000_000), await NamesAsync("{ annualIncome: { gte: 100000, lt: 1000000 } }"));
        Assert.Equal(Expected(o => o.StaffCount > 25), await NamesAsync("{ staffCount: { gt: 25 } }"));
        Assert.Equal(Expected(o => o.VolunteerCount <= 5), await NamesAsync("{ volunteerCount: { lte: 5 } }"));
        Assert.Equal(Expected(o => o.StaffCount is 0 or 1), await NamesAsync("{ staffCount: { in: [0, 1] } }"));
    }

    [Fact]
    public async Task Enum_operators_take_several_values()
    {
        Assert.Equal(
            Expected(o => SizeBands.FromAnnualIncome(o.AnnualIncome) is SizeBand.Small or SizeBand.Micro),
            await NamesAsync("{ sizeBand: { in: [SMALL, MICRO] } }"));
        Assert.Equal(Expected(o => o.Kind != OrganisationKind.Charity), await NamesAsync("{ kind: { neq: CHARITY } }"));
    }

    [Fact]
    public async Task Boolean_and_date_operators_work_on_nested_and_dated_fields()
    {
        Assert.Equal(Expected(o => o.Willingness.ToMentor), await NamesAsync("{ willingness: { toMentor: { eq: true } } }"));
        Assert.Equal(
            Expected(o => o.LastReviewedOn >= new DateOnly(2026, 1, 1)),
            await NamesAsync("""{ lastReviewedOn: { gte: "2026-01-01" } }"""));
    }

    [Fact]
    public async Task List_operators_find_organisations_by_their_needs_wards_and_services()
    {
        Assert.Equal(
            Expected(o => o.Needs.Any(n => n.Area == "SAFEGUARDING" && n.Priority >= 2) && o.Wards.Contains("ALDERNEY")),
            await NamesAsync("""{ needs: { some: { area: { code: { eq: "SAFEGUARDING" } }, priority: { gte: 2 } } }, wards: { some: { name: { eq: "Alderney" } } } }"""));
        Assert.Equal(Expected(o => o.Needs.Count == 0), await NamesAsync("{ needs: { any: false } }"));
        Assert.Equal(Expected(o => !o.Services.Contains("EARLY_YEARS")), await NamesAsync("""{ serviceCategories: { none: { code: { eq: "EARLY_YEARS" } } } }"""));
        Assert.Equal(Expected(o => o.Capacities.All(c => c.Strength == 3)), await NamesAsync("{ capacities: { all: { strength: { eq: 3 } } } }"));
    }

    [Fact]
    public async Task And_and_or_combine_filters()
    {
        Assert.Equal(
            Expected(o => o.StaffCount == 0 || (o.AnnualIncome > 1_000_000 && o.Willingness.ToMentor)),
            await NamesAsync("{ or: [{ staffCount: { eq: 0 } }, { and: [{ annualIncome: { gt: 1000000 } }, { willingness: { toMentor: { eq: true } } }] }] }"));
    }

    [Fact]
    public async Task A_filtered_page_is_one_SQL_statement_whatever_the_filter()
    {
        factory.SqlStatements.Reset();
        await NamesAsync("""{ needs: { some: { area: { code: { eq: "GOVERNANCE" } } } } }""");

        // One page query (no COUNT: totalCount is not asked for): the filter ran in SQL, not over rows loaded into memory.
        Assert.Equal(1, factory.SqlStatements.Count);
    }

    private static List<string> Expected(Func<OrganisationRecord, bool> predicate) =>
        All.Where(predicate).Select(o => o.Name).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> NamesAsync(string where)
    {
        var names = new List<string>();
        string? after = null;
        while (true)
        {
            var data = await _client.QueryDataAsync(
                $$"""query($after: String) { organisations(first: 100, after: $after, where: {{where}}, order: [{ name: ASC }]) { pageInfo { hasNextPage endCursor } nodes { name } } }""",
                new { after });
            var page = data["organisations"]!;
            names.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return names;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }
}
