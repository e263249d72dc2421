using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Mutations;

/// <summary>
/// How many SQL statements each mutation sends, counted from the request's start to its answer: an edit reads what it
/// touches and the lookups its input names, nothing more. A change that adds a round trip shows here.
/// </summary>
/// <remarks>
/// Before the one editing path (main at 0e9b85f, SQLite) a one-field profile edit sent 10 (it read three whole lookup
/// tables and the organisation with five includes); each number's history is in this file's git log.
/// </remarks>
public sealed class MutationStatementCountTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private static readonly string Staff = TestTokens.CvsStaff();

    private JsonNode? _lastRecord;

    [Theory]
    [InlineData("updateOrganisationProfile", 3, 2)]
    [InlineData("setOrganisationCapacities", 13, 3)]
    [InlineData("setOrganisationNeeds", 9, 3)]
    [InlineData("setOrganisationWillingness", 3, 2)]
    [InlineData("setOrganisationWardsAndServices", 17, 5)]
    [InlineData("archiveOrganisation", 3, 2)]
    public async Task An_organisation_edit_sends_a_fixed_number_of_statements(string mutation, int onSqlite, int onPostgres)
    {
        var organisation = 10 + Array.IndexOf(OrganisationEdits, mutation);
        var input = OrganisationInput(mutation, GlobalId.Encode("Organisation", organisation));

        var count = await CountAsync(mutation, "organisation", input);

        Assert.Equal(Expected(onSqlite, onPostgres), count);
    }

    [Fact]
    public async Task Creating_an_organisation_sends_a_fixed_number_of_statements()
    {
        var count = await CountAsync("createOrganisation", "organisation", new { name = "Counted group", kind = "COMMUNITY_GROUP", annualIncome = 4000, wards = new[] { "OAKDALE" }, isSynthetic = true });

        Assert.Equal(Expected(5, 4), count);
    }

    [Fact]
    public async Task Each_centre_mutation_sends_a_fixed_number_of_statements()
    {
        var created = await CountAsync("createChildrensCentre", "childrensCentre", new { name = "Counted Family Hub", status2013 = "proposed", source = "test", isSynthetic = true });
        var updated = await CountAsync("updateChildrensCentre", "childrensCentre", new { id = GlobalId.Encode("ChildrensCentre", 1), version = 1, volunteerCount = 7 });
        var linked = await CountAsync("linkCentreOperator", "childrensCentre", new { id = GlobalId.Encode("ChildrensCentre", 2), version = 1, operatorId = GlobalId.Encode("Organisation", 30) });

        Assert.Equal(Expected((4, 3, 4), (3, 2, 3)), (created, updated, linked));
    }

    [Fact]
    public async Task Each_cluster_mutation_sends_a_fixed_number_of_statements()
    {
        var created = await CountAsync("createOutreachCluster", "outreachCluster", new { name = "Counted cluster", centroid = new { latitude = 50.716, longitude = -1.985 }, wards = new[] { "POOLE_TOWN" }, isSynthetic = true });
        var updated = await CountAsync("updateOutreachCluster", "outreachCluster", new { id = GlobalId.Encode("OutreachCluster", 1), version = 1, description = "Counted" });

        Assert.Equal(Expected((6, 3), (5, 2)), (created, updated));
    }

    [Fact]
    public async Task Each_step_of_a_pairing_sends_a_fixed_number_of_statements()
    {
        var (mentee, mentor) = await EligiblePairAsync();
        var proposed = await CountAsync("proposeMentoringPairing", "mentoringPairing", new { menteeId = Org(mentee), mentorId = Org(mentor) });
        var id = _lastRecord!["id"]!.GetValue<string>();
        var accepted = await CountAsync("respondToMentoringPairing", "mentoringPairing", new { id, version = 1, accept = true });
        var started = await CountAsync("startMentoringPairing", "mentoringPairing", new { id, version = 2 });
        var ended = await CountAsync("endMentoringPairing", "mentoringPairing", new { id, version = 3, outcome = "COMPLETED" });

        // Proposing reads the data version and finds the matching snapshot warm (EligiblePairAsync read it); accepting
        // reads the version the proposal moved and loads the snapshot again (7 statements). Ending COMPLETED also asks
        // for the support plan steps linked to the pairing (Consortia's edit observer): one more statement.
        Assert.Equal(Expected((5, 11, 3, 4), (4, 10, 2, 3)), (proposed, accepted, started, ended));
    }

    private static readonly string[] OrganisationEdits =
    [
        "updateOrganisationProfile", "setOrganisationCapacities", "setOrganisationNeeds", "setOrganisationWillingness",
        "setOrganisationWardsAndServices", "archiveOrganisation",
    ];

    // Npgsql sends a save's statements as one batch; SQLite's provider sends them one by one.
    private static T Expected<T>(T onSqlite, T onPostgres) => TestDatabase.Provider == "Postgres" ? onPostgres : onSqlite;

    private static object OrganisationInput(string mutation, string id) => mutation switch
    {
        "updateOrganisationProfile" => new { id, version = 1, staffCount = 3 },
        "setOrganisationCapacities" => new { id, version = 1, capacities = new[] { new { area = "SAFEGUARDING", strength = 2 } } },
        "setOrganisationNeeds" => new { id, version = 1, needs = new[] { new { area = "FUNDRAISING", priority = 3 } } },
        "setOrganisationWillingness" => new { id, version = 1, willingness = new { toMentor = false, maxMentees = 0, toLeadConsortium = false, toJoinConsortium = true, toManageCentre = false, toAddValue = true } },
        "setOrganisationWardsAndServices" => new { id, version = 1, wards = new[] { "OAKDALE" }, services = Array.Empty<string>() },
        _ => new { id, version = 1, reason = "Counted" },
    };

    private async Task<int> CountAsync(string mutation, string record, object input)
    {
        var client = factory.CreateClient().WithToken(Staff);
        var inputType = $"{char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input";
        factory.SqlStatements.Reset();
        var data = await client.QueryDataAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {record} {{ id version }} userErrors {{ field code message }} }} }}", new { input });
        var count = factory.SqlStatements.Count;

        Assert.True(data[mutation]!["userErrors"]!.AsArray().Count == 0, data.ToJsonString());
        _lastRecord = data[mutation]![record];
        return count;
    }

    private async Task<(int Mentee, int Mentor)> EligiblePairAsync()
    {
        var client = factory.CreateClient();
        foreach (var mentee in Enumerable.Range(1, 150))
        {
            var suggestions = (await client.QueryDataAsync("query($id: ID!) { mentorSuggestions(organisationId: $id, first: 1) { mentor { databaseId } } }", new { id = Org(mentee) }))["mentorSuggestions"]!.AsArray();
            if (suggestions.Count > 0)
            {
                return (mentee, suggestions[0]!["mentor"]!["databaseId"]!.GetValue<int>());
            }
        }

        throw new InvalidOperationException("No eligible pair in the demo data.");
    }

    private static string Org(int id) => GlobalId.Encode("Organisation", id);
}
