using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>A filter's size is budgeted and charged; a null where a filter needs a value is the client's error.</summary>
[Collection(SeededApi.Name)]
public sealed class HostileFilterTests(DirectoryApiFactory factory)
{
    private const string Filtered = "query($w: OrganisationFilterInput) { organisations(where: $w) { totalCount } }";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_filter_over_its_budget_of_operator_nodes_is_refused_before_any_SQL()
    {
        factory.SqlStatements.Reset();
        var branch = new { needs = new { some = new { area = new { name = new { contains = "x" } } } } };

        var response = await _client.PostGraphQLAsync(Filtered, new { w = new { or = Enumerable.Repeat(branch, 500) } });

        Assert.Null(response.Data);
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal(0, factory.SqlStatements.Count);
    }

    [Fact]
    public async Task Nested_ors_count_towards_the_same_budget()
    {
        object node = new { name = new { contains = "x" } };
        for (var i = 0; i < 15; i++)
        {
            node = new { or = new[] { node }.Concat(Enumerable.Repeat<object>(new { name = new { contains = "y" } }, 29)) };
        }

        var response = await _client.PostGraphQLAsync(Filtered, new { w = node });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_filter_within_its_budget_runs_and_its_size_is_added_to_the_cost()
    {
        var small = await _client.PostGraphQLAsync(Filtered, new { w = new { name = new { contains = "a" } } });
        var larger = await _client.PostGraphQLAsync(Filtered, new { w = new { or = Enumerable.Repeat(new { name = new { contains = "a" } }, 20) } });

        Assert.Null(larger.Errors);
        Assert.True(Cost(larger) >= Cost(small) + 20, $"{Cost(small)} then {Cost(larger)}");
    }

    [Theory]
    [InlineData("{ organisations(where: { needs: { some: null } }) { totalCount } }")]
    [InlineData("{ organisations(where: { needs: { all: null } }) { totalCount } }")]
    [InlineData("{ organisations(where: { sizeBand: { eq: null } }) { totalCount } }")]
    [InlineData("{ organisations(where: { annualIncome: { gt: null } }) { totalCount } }")]
    public async Task A_null_where_a_filter_needs_a_value_is_INVALID_ARGUMENT_with_a_sentence(string query)
    {
        var response = await _client.PostGraphQLAsync(query);

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("null", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static double Cost(GraphQLResponse response) => response.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<double>();
}
