using System.Text.Json.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Mentoring;

[Collection(SeededApi.Name)]
public sealed class MentorSuggestionApiTests(DirectoryApiFactory factory)
{
    private const string Suggestions = """
        query($id: ID!, $first: Int, $where: SuggestionFilterInput) {
          mentorSuggestions(organisationId: $id, first: $first, where: $where) {
            mentor { databaseId annualIncome sizeBand willingness { toMentor } capacities { strength area { code } } }
            score distanceKm mentorFreePlaces
            components { kind raw weight contribution explanation }
            coveredNeeds { priority mentorStrength area { code } }
            uncoveredNeeds { area { code } }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    public static int SmallGroupWithNeeds { get; } = 1 + TestDataset.Poole.Organisations.ToList().FindIndex(o =>
        SizeBands.FromAnnualIncome(o.AnnualIncome) == SizeBand.Micro && o.Needs.Any(n => n.Area == "GOVERNANCE"));

    [Fact]
    public async Task A_small_group_gets_ranked_larger_willing_mentors_with_explained_scores()
    {
        var suggestions = await SuggestAsync(new { id = Id(SmallGroupWithNeeds), first = 10 });

        Assert.NotEmpty(suggestions);
        Assert.Equal(suggestions.Select(s => s["score"]!.GetValue<double>()).OrderDescending(), suggestions.Select(s => s["score"]!.GetValue<double>()));
        Assert.All(suggestions, s =>
        {
            var mentor = s["mentor"]!;
            Assert.True(mentor["willingness"]!["toMentor"]!.GetValue<bool>());
            Assert.NotEqual("MICRO", mentor["sizeBand"]!.GetValue<string>());
            Assert.True(s["mentorFreePlaces"]!.GetValue<int>() > 0);
            Assert.Equal(s["score"]!.GetValue<double>(), s["components"]!.AsArray().Sum(c => c!["contribution"]!.GetValue<double>()), 3);
            Assert.All(s["components"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace(c!["explanation"]!.GetValue<string>())));
            Assert.All(s["coveredNeeds"]!.AsArray(), n => Assert.True(n!["mentorStrength"]!.GetValue<int>() >= 2));
        });
    }

    [Fact]
    public async Task Filters_keep_only_near_mentors_strong_in_the_areas_asked()
    {
        var suggestions = await SuggestAsync(new { id = Id(SmallGroupWithNeeds), first = 50, where = new { withinKm = 4.0, covering = new[] { "GOVERNANCE" } } });

        Assert.All(suggestions, s =>
        {
            Assert.True(s["distanceKm"]!.GetValue<double>() <= 4.0);
            Assert.Contains(s["mentor"]!["capacities"]!.AsArray(), c => c!["area"]!["code"]!.GetValue<string>() == "GOVERNANCE" && c["strength"]!.GetValue<int>() >= 2);
        });
    }

    [Fact]
    public async Task The_field_on_an_organisation_answers_as_the_root_field()
    {
        var root = await SuggestAsync(new { id = Id(SmallGroupWithNeeds), first = 5 });
        var nested = (await _client.QueryDataAsync(
            "query($id: ID!) { organisation(id: $id) { mentorSuggestions(first: 5) { mentor { databaseId } score } } }",
            new { id = Id(SmallGroupWithNeeds) }))["organisation"]!["mentorSuggestions"]!.AsArray();

        Assert.Equal(
            root.Select(s => (s["mentor"]!["databaseId"]!.GetValue<int>(), s["score"]!.GetValue<double>())),
            nested.Select(s => (s!["mentor"]!["databaseId"]!.GetValue<int>(), s["score"]!.GetValue<double>())));
    }

    [Fact]
    public async Task A_willing_mentor_gets_mentee_suggestions()
    {
        var mentor = 1 + TestDataset.Poole.Organisations.ToList().FindIndex(o => o.Willingness.ToMentor);

        var mentees = (await _client.QueryDataAsync(
            "query($id: ID!) { menteeSuggestions(organisationId: $id, first: 5) { mentee { databaseId } mentor { databaseId } score } }",
            new { id = Id(mentor) }))["menteeSuggestions"]!.AsArray();

        Assert.NotEmpty(mentees);
        Assert.All(mentees, m => Assert.Equal(mentor, m!["mentor"]!["databaseId"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData(0, null, "INVALID_ARGUMENT")]
    [InlineData(51, null, "INVALID_ARGUMENT")]
    [InlineData(5, "NOT_AN_AREA", "INVALID_ARGUMENT")]
    public async Task Bad_arguments_are_clear_errors(int first, string? covering, string code)
    {
        var response = await _client.PostGraphQLAsync(Suggestions, new { id = Id(SmallGroupWithNeeds), first, where = new { covering = covering is null ? null : new[] { covering } } });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task An_organisation_that_does_not_exist_is_not_found()
    {
        var response = await _client.PostGraphQLAsync(Suggestions, new { id = Id(999_999) });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    private static string Id(int databaseId) => Api.GraphQL.Nodes.GlobalId.Encode("Organisation", databaseId);

    private async Task<List<JsonNode>> SuggestAsync(object variables) =>
        (await _client.QueryDataAsync(Suggestions, variables))["mentorSuggestions"]!.AsArray().Select(n => n!).ToList();
}
