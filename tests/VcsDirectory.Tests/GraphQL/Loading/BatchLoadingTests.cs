using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Loading;

[Collection(SeededApi.Name)]
public sealed class BatchLoadingTests(DirectoryApiFactory factory)
{
    private const string DirectoryPage = """
        query($first: Int!) {
          organisations(first: $first) {
            nodes {
              name
              capacities { strength area { code } }
              needs { priority area { code } }
              wards { nodes { name } }
              serviceCategories { nodes { code } }
            }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_SQL_statements_of_a_request_do_not_grow_with_page_size()
    {
        var ten = await CountStatementsAsync(10);
        var hundred = await CountStatementsAsync(100);

        Assert.Equal(ten, hundred);
        // The page, then one query each for capacities and needs (with their areas), wards and services.
        Assert.Equal(5, hundred);
    }

    [Fact]
    public async Task Relations_of_a_nested_level_are_loaded_in_one_batch_across_parents()
    {
        factory.SqlStatements.Reset();
        await _client.QueryDataAsync("{ wards(first: 16) { nodes { organisations(first: 5) { nodes { name wards { totalCount } } } } } }");

        // The page of wards, the organisations of all of them, the wards of all those organisations.
        Assert.Equal(3, factory.SqlStatements.Count);
    }

    private async Task<int> CountStatementsAsync(int first)
    {
        factory.SqlStatements.Reset();
        var data = await _client.QueryDataAsync(DirectoryPage, new { first });
        Assert.Equal(first, data["organisations"]!["nodes"]!.AsArray().Count);
        return factory.SqlStatements.Count;
    }
}
