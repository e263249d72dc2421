using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Data;

public sealed class RestartTests : IDisposable
{
    private readonly DirectoryApiFactory _first = new();

    [Fact]
    public async Task A_second_start_on_the_same_database_keeps_every_change_and_does_not_seed_again()
    {
        var id = OrganisationState.Id(20);
        var version = (await OrganisationState.ReadAsync(_first, 20))["version"]!.GetValue<int>();
        await _first.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { userErrors { code } } }",
            new { input = new { id, version, description = "Kept across restarts" } });

        using var restarted = _first.AnotherInstance();
        var after = await OrganisationState.ReadAsync(restarted, 20);
        var count = (await restarted.CreateClient().QueryDataAsync("{ organisations { totalCount } }"))["organisations"]!["totalCount"]!.GetValue<int>();

        Assert.Equal("Kept across restarts", after["description"]!.GetValue<string>());
        Assert.Equal(TestDataset.Poole.Organisations.Count, count);
    }

    public void Dispose() => _first.Dispose();
}
