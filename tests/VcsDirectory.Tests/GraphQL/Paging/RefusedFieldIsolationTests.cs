using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Paging;

/// <summary>A field whose arguments are refused answers null with its error; its siblings keep their answers.</summary>
[Collection(SeededApi.Name)]
public sealed class RefusedFieldIsolationTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_refused_root_connection_nulls_alone_and_its_sibling_answers()
    {
        var response = await _client.PostGraphQLAsync("{ organisations(first: 101) { totalCount } wards(first: 2) { nodes { id name } } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Equal("organisations", response.Errors![0]!["path"]![0]!.GetValue<string>());
        Assert.NotNull(response.Data);
        Assert.True(response.Data!.ContainsKey("organisations"));
        Assert.Null(response.Data["organisations"]);
        Assert.Equal(2, response.Data["wards"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_refused_nested_connection_nulls_only_that_field_on_each_node()
    {
        var response = await _client.PostGraphQLAsync("{ wards(first: 2) { nodes { id name organisations(first: 101) { totalCount } } } }");

        Assert.NotEmpty(response.ErrorCodes);
        Assert.All(response.ErrorCodes, code => Assert.Equal("PAGE_SIZE_EXCEEDED", code));
        var wards = response.Data!["wards"]!["nodes"]!.AsArray();
        Assert.Equal(2, wards.Count);
        Assert.All(wards, ward =>
        {
            Assert.False(string.IsNullOrEmpty(ward!["name"]!.GetValue<string>()));
            Assert.True(ward.AsObject().ContainsKey("organisations"));
            Assert.Null(ward["organisations"]);
        });
    }
}
