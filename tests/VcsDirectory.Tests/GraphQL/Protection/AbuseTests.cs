using System.Net;
using System.Text;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>Each abusive request is refused with its code, quickly and before any SQL, and the server stays healthy.</summary>
[Collection(SeededApi.Name)]
public sealed class AbuseTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Bombs => new()
    {
        { "depth", "{ wards { nodes { organisations { nodes { wards { nodes { organisations { nodes { wards { nodes { organisations { nodes { name } } } } } } } } } } } } }" },
        { "aliases", "{ " + string.Join(' ', Enumerable.Range(0, 16).Select(i => $"a{i}: __typename")) + " }" },
        { "directives", "{ " + string.Join(' ', Enumerable.Range(0, 51).Select(_ => "__typename @skip(if: false)")) + " }" },
        { "tokens", "{ " + string.Concat(Enumerable.Repeat("__typename ", 1001)) + "}" },
        { "cost", "{ organisations(first: 100) { nodes { wards(first: 100) { nodes { organisations(first: 100) { nodes { name wards { totalCount } } } } } } } }" },
        { "fragment cycle", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task An_abusive_document_is_refused_before_any_database_work(string kind, string query)
    {
        factory.SqlStatements.Reset();

        var response = await _client.PostGraphQLAsync(query);

        Assert.True(response.Data is null, $"{kind}: {response}");
        Assert.NotEmpty(response.ErrorCodes);
        Assert.Equal(0, factory.SqlStatements.Count);
        Assert.Equal("Query", (await _client.QueryDataAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ wards { nodes { organisations { nodes { wards { nodes { organisations { nodes { wards { nodes { organisations { nodes { name } } } } } } } } } } } } }", "MAX_DEPTH")]
    [InlineData("{ a0: __typename a1: __typename a2: __typename a3: __typename a4: __typename a5: __typename a6: __typename a7: __typename a8: __typename a9: __typename a10: __typename a11: __typename a12: __typename a13: __typename a14: __typename a15: __typename }", "MAX_ALIASES")]
    public async Task Each_limit_has_its_own_code(string query, string code)
    {
        var response = await _client.PostGraphQLAsync(query);

        Assert.Contains(code, response.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_is_bounded_by_its_own_depth_rule_not_the_document_depth()
    {
        var response = await _client.PostGraphQLAsync("{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }");

        Assert.Null(response.Errors);
    }

    [Fact]
    public async Task Every_answer_reports_its_cost()
    {
        var response = await _client.PostGraphQLAsync("{ organisations(first: 10) { nodes { name } } }");

        var cost = response.Body["extensions"]!["cost"]!;
        Assert.True(cost["requestedQueryCost"]!.GetValue<double>() > 0);
        Assert.Equal(50_000, cost["maximumAvailable"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_a_giant_string_never_reaches_the_parser()
    {
        var giant = new string('x', 70 * 1024);
        using var response = await _client.PostAsync("/graphql", new StringContent("{\"query\":\"{ organisations(where: { name: { eq: \\\"" + giant + "\\\" } }) { totalCount } }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_variables_are_a_400_not_a_crash()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 2000)) + string.Concat(Enumerable.Repeat("]", 2000));
        using var response = await _client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + nested + "}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_huge_filter_list_is_refused()
    {
        var names = Enumerable.Range(0, 600).Select(i => $"name {i}").ToArray();

        var response = await _client.PostGraphQLAsync("query($names: [String!]) { organisations(where: { name: { in: $names } }) { totalCount } }", new { names });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_error_never_shows_a_stack_trace_SQL_or_an_internal_type_name()
    {
        var responses = new[]
        {
            await _client.PostGraphQLAsync("{ node(id: \"\") { id } }"),
            await _client.PostGraphQLAsync("{ organisations(first: 5, after: \"Y3Vyc29yOi05OTk5OTk5OTk5OTk=\") { totalCount } }"),
            await _client.PostGraphQLAsync("{ organisations(where: { annualIncome: { gt: 1e40 } }) { totalCount } }"),
        };

        Assert.All(responses, r =>
        {
            var text = r.Body.ToJsonString();
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("SELECT", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("VcsDirectory.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        });
    }
}
