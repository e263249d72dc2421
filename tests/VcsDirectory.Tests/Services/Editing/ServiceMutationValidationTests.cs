using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Services.Editing;

public sealed class ServiceMutationValidationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task Broken_rules_are_user_errors_with_their_paths_and_nothing_is_written()
    {
        var data = await _staff.QueryDataAsync(
            "mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } userErrors { field code } } }",
            new
            {
                input = new
                {
                    providerId = GlobalId.Encode("Organisation", 1), name = "", category = "NOT_A_CATEGORY", minimumAgeMonths = 40, maximumAgeMonths = 12,
                    isFree = false, deliveryModes = Array.Empty<string>(), languages = new[] { "English" },
                    schedule = new[] { new { day = "MONDAY", opensAt = "12:00:00", closesAt = "09:00:00" } }, areaWards = new[] { "NOWHERE" },
                },
            });

        var errors = data["createService"]!["userErrors"]!.AsArray().Select(e => (string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>())), e["code"]!.GetValue<string>()));
        Assert.Null(data["createService"]!["service"]);
        Assert.Equal(
            [("input.areaWards.0", "UNKNOWN_REFERENCE"), ("input.category", "UNKNOWN_REFERENCE"), ("input.deliveryModes", "REQUIRED"), ("input.feeDescription", "REQUIRED"),
             ("input.languages.0", "INVALID_LANGUAGE"), ("input.maximumAgeMonths", "INCONSISTENT"), ("input.name", "REQUIRED"), ("input.schedule.0.closesAt", "INCONSISTENT")],
            errors.Order());
    }

    [Fact]
    public async Task A_stale_version_is_refused()
    {
        var update = "mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { version } userErrors { code } } }";
        await _staff.QueryDataAsync(update, new { input = new { id = GlobalId.Encode("Service", 5), version = 1, description = "First change." } });

        var stale = await _staff.QueryDataAsync(update, new { input = new { id = GlobalId.Encode("Service", 5), version = 1, description = "Second change." } });

        Assert.Equal("STALE", stale["updateService"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_service_is_found_by_search_at_once()
    {
        await _staff.QueryDataAsync(
            "mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }",
            new { input = new { providerId = GlobalId.Encode("Organisation", 2), name = "Origami club for toddlers", category = "EARLY_YEARS", deliveryModes = new[] { "IN_PERSON" } } });

        var found = await _staff.QueryDataAsync("{ services(search: \"origami\") { nodes { name } } }");

        Assert.Equal("Origami club for toddlers", Assert.Single(found["services"]!["nodes"]!.AsArray())!["name"]!.GetValue<string>());
    }
}
