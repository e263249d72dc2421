using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Services.Editing;

/// <summary><c>lastReviewedOn</c> as clients send it: a variable or a literal, on create and on update; a bad day is refused with a code.</summary>
public sealed class ServiceReviewDateTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string CreateWithVariables = "mutation($input: CreateServiceInput!) { createService(input: $input) { service { id version lastReviewedOn } userErrors { code } } }";

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task A_service_created_with_a_review_day_in_a_variable_keeps_that_day()
    {
        var data = await _staff.QueryDataAsync(CreateWithVariables, new { input = NewService("Review day by variable", "2026-03-14") });

        Assert.Empty(data["createService"]!["userErrors"]!.AsArray());
        Assert.Equal("2026-03-14", data["createService"]!["service"]!["lastReviewedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_service_created_with_a_review_day_inline_keeps_that_day()
    {
        var data = await _staff.QueryDataAsync(
            $$"""mutation { createService(input: { providerId: "{{GlobalId.Encode("Organisation", 3)}}", name: "Review day inline", category: "EARLY_YEARS", deliveryModes: [IN_PERSON], lastReviewedOn: "2025-11-30" }) { service { lastReviewedOn } userErrors { code } } }""");

        Assert.Empty(data["createService"]!["userErrors"]!.AsArray());
        Assert.Equal("2025-11-30", data["createService"]!["service"]!["lastReviewedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_sets_the_review_day_from_a_variable_and_clears_it_with_null()
    {
        var created = (await _staff.QueryDataAsync(CreateWithVariables, new { input = NewService("Review day updated", null) }))["createService"]!["service"]!;
        var update = "mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { version lastReviewedOn } userErrors { code } } }";

        var set = (await _staff.QueryDataAsync(update, new { input = new { id = created["id"]!.GetValue<string>(), version = 1, lastReviewedOn = "2026-01-05" } }))["updateService"]!["service"]!;
        var cleared = (await _staff.QueryDataAsync(update, new { input = new { id = created["id"]!.GetValue<string>(), version = 2, lastReviewedOn = (string?)null } }))["updateService"]!["service"]!;

        Assert.Equal("2026-01-05", set["lastReviewedOn"]!.GetValue<string>());
        Assert.Null(cleared["lastReviewedOn"]);
    }

    [Fact]
    public async Task An_update_sets_the_review_day_inline()
    {
        var created = (await _staff.QueryDataAsync(CreateWithVariables, new { input = NewService("Review day updated inline", null) }))["createService"]!["service"]!;

        var data = await _staff.QueryDataAsync(
            $$"""mutation { updateService(input: { id: "{{created["id"]!.GetValue<string>()}}", version: 1, lastReviewedOn: "2026-02-28" }) { service { lastReviewedOn } userErrors { code } } }""");

        Assert.Equal("2026-02-28", data["updateService"]!["service"]!["lastReviewedOn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("14/03/2026")]
    [InlineData("2026-03-14T10:00:00Z")]
    public async Task A_bad_review_day_in_a_variable_is_refused_with_a_code_and_nothing_is_written(string day)
    {
        var name = $"Bad review day {day}";

        var response = await _staff.PostGraphQLAsync(CreateWithVariables, new { input = NewService(name, day) });

        AssertRefusedNamingTheField(response);
        Assert.Equal(0, await CountNamedAsync(name));
    }

    [Fact]
    public async Task A_bad_review_day_inline_is_refused_with_a_code_and_nothing_is_written()
    {
        var response = await _staff.PostGraphQLAsync(
            $$"""mutation { createService(input: { providerId: "{{GlobalId.Encode("Organisation", 3)}}", name: "Bad review day inline", category: "EARLY_YEARS", deliveryModes: [IN_PERSON], lastReviewedOn: "yesterday" }) { service { id } } }""");

        AssertRefusedNamingTheField(response);
        Assert.Equal(0, await CountNamedAsync("Bad review day inline"));
    }

    private static object NewService(string name, string? lastReviewedOn) =>
        new { providerId = GlobalId.Encode("Organisation", 3), name, category = "EARLY_YEARS", deliveryModes = new[] { "IN_PERSON" }, lastReviewedOn };

    private static void AssertRefusedNamingTheField(GraphQLResponse response)
    {
        var error = Assert.Single(response.Errors!)!;
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", response.ErrorCodes);
        Assert.NotNull(response.ErrorCodes[0]);
        Assert.Contains("lastReviewedOn", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<int> CountNamedAsync(string name) =>
        (await _staff.QueryDataAsync("query($name: String!) { services(where: { name: { eq: $name } }) { totalCount } }", new { name }))["services"]!["totalCount"]!.GetValue<int>();
}
