using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Mentoring.Pairings;

/// <summary><c>Organisation.mentoringPairings</c>: the pairings on either side, loaded for several organisations in one batch.</summary>
public sealed class OrganisationPairingsTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task Both_organisations_of_a_proposal_list_it_among_their_pairings()
    {
        var client = factory.CreateClient();
        var mentee = GlobalId.Encode("Organisation", MentorSuggestionApiTests.SmallGroupWithNeeds);
        var mentor = (await client.QueryDataAsync("query($id: ID!) { mentorSuggestions(organisationId: $id, first: 1) { mentor { id } } }", new { id = mentee }))
            ["mentorSuggestions"]![0]!["mentor"]!["id"]!.GetValue<string>();
        var proposed = (await client.WithToken(TestTokens.CoordinatorOf(MentorSuggestionApiTests.SmallGroupWithNeeds)).QueryDataAsync(
            "mutation($input: ProposeMentoringPairingInput!) { proposeMentoringPairing(input: $input) { mentoringPairing { id } } }",
            new { input = new { menteeId = mentee, mentorId = mentor } }))["proposeMentoringPairing"]!["mentoringPairing"]!["id"]!.GetValue<string>();

        var listed = (await factory.CreateClient().QueryDataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { mentoringPairings { nodes { id } } } } }",
            new { ids = new[] { mentee, mentor } }))["nodes"]!.AsArray();

        Assert.All(listed, organisation => Assert.Contains(proposed, Ids(organisation!)));
    }

    private static IEnumerable<string> Ids(JsonNode organisation) =>
        organisation["mentoringPairings"]!["nodes"]!.AsArray().Select(p => p!["id"]!.GetValue<string>());
}
