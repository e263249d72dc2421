using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Mutations;

/// <summary>
/// How many SQL statements each mutation sends, counted from the request's start to its answer: an edit reads what it
/// touches and the lookups its input names, nothing more. A change that adds a round trip shows here.
/// </summary>
public sealed class MutationStatementCountTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private static readonly string Staff = TestTokens.CvsStaff();

    private JsonNode? _lastRecord;

    [Theory]
    [InlineData("updateOrganisationProfile", 10)]
    [InlineData("setOrganisationCapacities", 19)]
    [InlineData("setOrganisationNeeds", 15)]
    [InlineData("setOrganisationWillingness", 10)]
    [InlineData("setOrganisationWardsAndServices", 21)]
    [InlineData("archiveOrganisation", 10)]
    public async Task An_organisation_edit_sends_a_fixed_number_of_statements(string mutation, int expected)
    {
        var organisation = 10 + Array.IndexOf(OrganisationEdits, mutation);
        var input = OrganisationInput(mutation, GlobalId.Encode("Organisation", organisation));

        var count = await CountAsync(mutation, "organisation", input);

        Assert.Equal(expected, count);
    }

    [Fact]
    public async Task Creating_an_organisation_sends_a_fixed_number_of_statements()
    {
        var count = await CountAsync("createOrganisation", "organisation", new { name = "Counted group", kind = "COMMUNITY_GROUP", annualIncome = 4000, wards = new[] { "OAKDALE" }, isSynthetic = true });

        Assert.Equal(7, count);
    }

    [Fact]
    public async Task Each_centre_mutation_sends_a_fixed_number_of_statements()
    {
        var created = await CountAsync("createChildrensCentre", "childrensCentre", new { name = "Counted Family Hub", status2013 = "proposed", source = "test", isSynthetic = true });
        var updated = await CountAsync("updateChildrensCentre", "childrensCentre", new { id = GlobalId.Encode("ChildrensCentre", 1), version = 1, volunteerCount = 7 });
        var linked = await CountAsync("linkCentreOperator", "childrensCentre", new { id = GlobalId.Encode("ChildrensCentre", 2), version = 1, operatorId = GlobalId.Encode("Organisation", 30) });

        Assert.Equal((8, 10, 10), (created, updated, linked));
    }

    [Fact]
    public async Task Each_cluster_mutation_sends_a_fixed_number_of_statements()
    {
        var created = await CountAsync("createOutreachCluster", "outreachCluster", new { name = "Counted cluster", centroid = new { latitude = 50.716, longitude = -1.985 }, wards = new[] { "POOLE_TOWN" }, isSynthetic = true });
        var updated = await CountAsync("updateOutreachCluster", "outreachCluster", new { id = GlobalId.Encode("OutreachCluster", 1), version = 1, description = "Counted" });

        Assert.Equal((11, 9), (created, updated));
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

        Assert.Equal((11, 10, 3, 3), (proposed, accepted, started, ended));
    }

    private static readonly string[] OrganisationEdits =
    [
        "updateOrganisationProfile", "setOrganisationCapacities", "setOrganisationNeeds", "setOrganisationWillingness",
        "setOrganisationWardsAndServices", "archiveOrganisation",
    ];

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
