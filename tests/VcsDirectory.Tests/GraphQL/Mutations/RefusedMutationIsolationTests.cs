using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Mutations;

/// <summary>A mutation refused with a GraphQL error answers a null payload; the request's other mutations keep theirs.</summary>
public sealed class RefusedMutationIsolationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task A_refused_mutation_nulls_its_own_payload_and_the_next_one_still_runs()
    {
        const string Both = """
            mutation($refused: ExcludeMentoringPairInput!, $allowed: ExcludeMentoringPairInput!) {
              refused: excludeMentoringPair(input: $refused) { userErrors { code } }
              allowed: excludeMentoringPair(input: $allowed) { mentoringExclusion { otherOrganisation { databaseId } } userErrors { code } }
            }
            """;

        var response = await factory.CreateClient().WithToken(TestTokens.CoordinatorOf(3)).PostGraphQLAsync(Both, new
        {
            refused = new { organisationId = Org(4), otherOrganisationId = Org(5), reason = "Not mine to exclude" },
            allowed = new { organisationId = Org(3), otherOrganisationId = Org(5), reason = "Shared trustees" },
        });

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.True(response.Data!.ContainsKey("refused"));
        Assert.Null(response.Data["refused"]);
        Assert.Empty(response.Data["allowed"]!["userErrors"]!.AsArray());
        Assert.Equal(5, response.Data["allowed"]!["mentoringExclusion"]!["otherOrganisation"]!["databaseId"]!.GetValue<int>());
    }

    private static string Org(int id) => GlobalId.Encode("Organisation", id);
}
