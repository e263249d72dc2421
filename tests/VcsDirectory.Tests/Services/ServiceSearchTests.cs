using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Services;

/// <summary>Full-text search in the database, on either engine; one snapshot of answers serves both, so they must agree.</summary>
[Collection(SeededApi.Name)]
public sealed class ServiceSearchTests(DirectoryApiFactory factory)
{
    private const string Search = "query($search: String!) { services(first: 100, search: $search) { totalCount nodes { databaseId name } } }";

    private const string ByName = "query($search: String!) { services(first: 100, search: $search, order: [{ name: ASC }]) { totalCount nodes { databaseId } } }";

    private static readonly string[] Corpus =
    [
        "stay play", "\"money and benefits advice\"", "parenting -online", "speech or chatter", "breastfeeding", "youth club hamworthy",
        "domestic abuse recovery", "Sterte", "skills work parents", "rhyme -sterte", "perinatal peer support or SEND",
    ];

    [Fact]
    public async Task Both_engines_find_the_same_services_for_the_test_corpus()
    {
        var answers = new JsonObject();
        foreach (var search in Corpus)
        {
            var services = (await _client().QueryDataAsync(ByName, new { search }))["services"]!;
            answers[search] = new JsonObject
            {
                ["totalCount"] = services["totalCount"]!.GetValue<int>(),
                ["ids"] = new JsonArray(services["nodes"]!.AsArray().Select(n => (JsonNode)n!["databaseId"]!.GetValue<int>()).ToArray()),
            };
        }

        // Name matches first, then by name: the engines' scores differ in formula, so they are left out of this comparison.
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(answers.ToJsonString()));
    }

    [Fact]
    public async Task A_search_finds_names_and_descriptions_by_stem_and_puts_name_matches_first()
    {
        var nodes = (await _client().QueryDataAsync(Search, new { search = "chatter rhymes" }))["services"]!["nodes"]!.AsArray();

        var expected = TestDataset.Poole.Services.Count(s => s.Name.Contains("Chatter and rhyme", StringComparison.Ordinal));
        Assert.Equal(expected, nodes.Count);
        Assert.All(nodes, n => Assert.StartsWith("Chatter and rhyme group", n!["name"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Excluded_words_phrases_and_alternatives_mean_what_a_web_search_means()
    {
        async Task<HashSet<string>> Names(string search) =>
            (await _client().QueryDataAsync(Search, new { search }))["services"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToHashSet();

        var rhyme = await Names("rhyme");
        var rhymeNotSterte = await Names("rhyme -sterte");
        var either = await Names("breastfeeding or youth club");

        Assert.Equal(rhyme.Where(n => !n.Contains("Sterte", StringComparison.Ordinal)).ToHashSet(), rhymeNotSterte);
        Assert.Equal((await Names("breastfeeding")).Union(await Names("youth club")).ToHashSet(), either);
        Assert.Empty(await Names("\"advice money\""));
    }

    [Theory]
    [InlineData("the and for")]
    [InlineData("   ")]
    [InlineData("play or -online")]
    public async Task A_search_of_only_common_words_is_refused_with_a_code(string search)
    {
        var response = await _client().PostGraphQLAsync(Search, new { search });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Search_syntax_characters_are_words_not_engine_syntax()
    {
        var response = await _client().PostGraphQLAsync(Search, new { search = "NEAR(play* \"stay\" ^ : {Name} OR) AND -" });

        Assert.Null(response.Errors);
    }

    private HttpClient _client() => factory.CreateClient();
}
