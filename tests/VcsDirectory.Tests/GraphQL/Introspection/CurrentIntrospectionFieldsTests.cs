using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Introspection;

[Collection(SeededApi.Name)]
public sealed class CurrentIntrospectionFieldsTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_type_answers_specified_by_url_with_null_as_none_claims_a_specification()
    {
        var data = await _client.QueryDataAsync("{ __schema { types { name specifiedByURL } } }");

        var types = data["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => t!["name"]!.GetValue<string>() == "GeoJSON");
        Assert.All(types, t => Assert.Null(t!["specifiedByURL"]));
    }

    [Fact]
    public async Task Directive_arguments_are_listed_with_or_without_deprecated_ones()
    {
        var data = await _client.QueryDataAsync("""
            { __schema { directives { name
                all: args(includeDeprecated: true) { name isDeprecated }
                current: args { name } } } }
            """);

        var directives = data["__schema"]!["directives"]!.AsArray();
        var deprecated = directives.Single(d => d!["name"]!.GetValue<string>() == "deprecated");
        Assert.Equal(["reason"], deprecated!["all"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.All(directives, d => Assert.Equal(d!["all"]!.AsArray().Count, d["current"]!.AsArray().Count));
    }
}
