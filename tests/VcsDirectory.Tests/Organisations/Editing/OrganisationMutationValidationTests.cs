using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Organisations.Editing;

public sealed class OrganisationMutationValidationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string SetCapacities = """
        mutation($input: SetOrganisationCapacitiesInput!) {
          setOrganisationCapacities(input: $input) { organisation { version capacities { area { code } strength } } userErrors { field code message } }
        }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task Every_business_rule_broken_is_reported_with_its_field_path_and_nothing_is_written()
    {
        var before = await OrganisationState.ReadAsync(factory, 5);

        var response = await _staff.PostGraphQLAsync(SetCapacities, new
        {
            input = new
            {
                id = OrganisationState.Id(5),
                version = before["version"]!.GetValue<int>(),
                capacities = new object[]
                {
                    new { area = "GOVERNANCE", strength = 5 },
                    new { area = "NO_SUCH_AREA", strength = 2 },
                    new { area = "HR", strength = 1, note = new string('x', 501) },
                },
            },
        });

        var errors = response.Data!["setOrganisationCapacities"]!["userErrors"]!.AsArray()
            .Select(e => (Field: string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>())), Code: e["code"]!.GetValue<string>()))
            .ToList();
        Assert.Null(response.Data["setOrganisationCapacities"]!["organisation"]);
        Assert.Contains(("input.capacities.0.strength", "OUT_OF_RANGE"), errors);
        Assert.Contains(("input.capacities.1", "UNKNOWN_REFERENCE"), errors);
        Assert.Contains(("input.capacities.2.note", "TOO_LONG"), errors);
        Assert.Equal(before.ToJsonString(), (await OrganisationState.ReadAsync(factory, 5)).ToJsonString());
    }

    [Fact]
    public async Task A_wrongly_typed_or_missing_argument_is_a_GraphQL_error_not_a_user_error()
    {
        var response = await _staff.PostGraphQLAsync(SetCapacities, new { input = new { id = OrganisationState.Id(5), capacities = "many" } });

        Assert.NotNull(response.Errors);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_changes_nothing()
    {
        var before = await OrganisationState.ReadAsync(factory, 6);
        var stale = before["version"]!.GetValue<int>() - 1;

        var response = await _staff.PostGraphQLAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { userErrors { field code } } }",
            new { input = new { id = OrganisationState.Id(6), version = stale, name = "Renamed on a stale read" } });

        var error = response.Data!["updateOrganisationProfile"]!["userErrors"]![0]!;
        Assert.Equal("STALE", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "version"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(before.ToJsonString(), (await OrganisationState.ReadAsync(factory, 6)).ToJsonString());
    }

    [Fact]
    public async Task Of_concurrent_edits_from_one_version_exactly_one_wins_and_no_update_is_lost()
    {
        var version = (await OrganisationState.ReadAsync(factory, 7))["version"]!.GetValue<int>();
        var clients = Enumerable.Range(0, 8).Select(i => factory.CreateClient().WithToken(TestTokens.CoordinatorOf(7))).ToList();

        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostGraphQLAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { organisation { description } userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(7), version, description = $"Edit number {i}" } })));

        var winners = responses.Where(r => r.Data!["updateOrganisationProfile"]!["organisation"] is not null).ToList();
        var after = await OrganisationState.ReadAsync(factory, 7);
        Assert.Single(winners);
        Assert.All(responses.Except(winners), r => Assert.Equal("STALE", r.Data!["updateOrganisationProfile"]!["userErrors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(winners[0].Data!["updateOrganisationProfile"]!["organisation"]!["description"]!.GetValue<string>(), after["description"]!.GetValue<string>());
        Assert.Equal(version + 1, after["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_omitted_field_is_kept_and_a_null_clears_it()
    {
        var before = await OrganisationState.ReadAsync(factory, 8);

        await _staff.QueryDataAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(8), version = before["version"]!.GetValue<int>(), website = (string?)null } });
        var after = await OrganisationState.ReadAsync(factory, 8);

        Assert.Null(after["website"]);
        Assert.Equal(before["name"]!.GetValue<string>(), after["name"]!.GetValue<string>());
        Assert.Equal(before["description"]?.GetValue<string>(), after["description"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_archived_organisation_leaves_the_lists_but_can_be_fetched_and_not_edited()
    {
        var version = (await OrganisationState.ReadAsync(factory, 9))["version"]!.GetValue<int>();
        await _staff.QueryDataAsync(
            "mutation($input: ArchiveOrganisationInput!) { archiveOrganisation(input: $input) { userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(9), version, reason = "Merged with another group" } });

        var lists = await _staff.QueryDataAsync("{ all: organisations { totalCount } withArchived: organisations(includeArchived: true) { totalCount } }");
        var edit = await _staff.PostGraphQLAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(9), version = version + 1, name = "Back again" } });

        Assert.Equal(lists["all"]!["totalCount"]!.GetValue<int>() + 1, lists["withArchived"]!["totalCount"]!.GetValue<int>());
        Assert.NotNull((await OrganisationState.ReadAsync(factory, 9))["archivedAt"]);
        Assert.Equal("ARCHIVED", edit.Data!["updateOrganisationProfile"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
