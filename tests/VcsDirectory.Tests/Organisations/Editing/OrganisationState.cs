using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Organisations.Editing;

/// <summary>Reads an organisation's whole editable state as CVS staff see it, to prove what a mutation did or did not change.</summary>
public static class OrganisationState
{
    private const string Query = """
        query($id: ID!) {
          organisation(id: $id) {
            version name kind annualIncome sizeBand staffCount volunteerCount description website contactEmail contactPhone
            location { latitude longitude } postcodeArea supportNeeded lastReviewedOn archivedAt archiveReason
            willingness { toMentor maxMentees toLeadConsortium toJoinConsortium toManageCentre toAddValue }
            capacities { strength note area { code } }
            needs { priority note area { code } }
            wards { nodes { code } }
            serviceCategories { nodes { code } }
          }
        }
        """;

    public static string Id(int databaseId) => GlobalId.Encode("Organisation", databaseId);

    public static async Task<JsonObject> ReadAsync(DirectoryApiFactory factory, int databaseId)
    {
        var client = factory.CreateClient().WithToken(TestTokens.CvsStaff("reader"));
        return (await client.QueryDataAsync(Query, new { id = Id(databaseId) }))["organisation"]!.AsObject();
    }
}
