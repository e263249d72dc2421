using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Mentoring.Pairings;

public sealed class PairingExclusionTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Suggest = "query($id: ID!) { mentorSuggestions(organisationId: $id, first: 50) { mentor { databaseId } } }";
    private const string Exclude = "mutation($input: ExcludeMentoringPairInput!) { excludeMentoringPair(input: $input) { mentoringExclusion { otherOrganisation { databaseId } } userErrors { code } } }";

    [Fact]
    public async Task An_excluded_pair_is_never_suggested_in_either_direction()
    {
        var (mentee, mentor) = await FirstSuggestedPairAsync();

        var excluded = await factory.CreateClient().WithToken(TestTokens.CoordinatorOf(mentee)).QueryDataAsync(
            Exclude, new { input = new { organisationId = Org(mentee), otherOrganisationId = Org(mentor), reason = "Shared trustees" } });
        var mentors = (await factory.CreateClient().QueryDataAsync(Suggest, new { id = Org(mentee) }))["mentorSuggestions"]!.AsArray();
        var mentees = (await factory.CreateClient().QueryDataAsync("query($id: ID!) { menteeSuggestions(organisationId: $id, first: 50) { mentee { databaseId } } }", new { id = Org(mentor) }))["menteeSuggestions"]!.AsArray();

        Assert.Empty(excluded["excludeMentoringPair"]!["userErrors"]!.AsArray());
        Assert.DoesNotContain(mentors, m => m!["mentor"]!["databaseId"]!.GetValue<int>() == mentor);
        Assert.DoesNotContain(mentees, m => m!["mentee"]!["databaseId"]!.GetValue<int>() == mentee);
    }

    [Fact]
    public async Task A_coordinator_cannot_exclude_on_behalf_of_another_organisation()
    {
        var response = await factory.CreateClient().WithToken(TestTokens.CoordinatorOf(3)).PostGraphQLAsync(
            Exclude, new { input = new { organisationId = Org(4), otherOrganisationId = Org(5), reason = "x" } });

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    private static string Org(int id) => GlobalId.Encode("Organisation", id);

    private async Task<(int, int)> FirstSuggestedPairAsync()
    {
        foreach (var mentee in Enumerable.Range(1, 150))
        {
            var mentors = (await factory.CreateClient().QueryDataAsync(Suggest, new { id = Org(mentee) }))["mentorSuggestions"]!.AsArray();
            if (mentors.Count > 0)
            {
                return (mentee, mentors[0]!["mentor"]!["databaseId"]!.GetValue<int>());
            }
        }

        throw new InvalidOperationException("No suggested pair in the demo data.");
    }
}
