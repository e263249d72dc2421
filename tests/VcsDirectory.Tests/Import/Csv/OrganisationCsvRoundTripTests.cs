using System.Text;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import.Csv;

/// <summary>The export imports back unchanged: every organisation found, none changed, no audit entry, the same export after.</summary>
public sealed class OrganisationCsvRoundTripTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task Exporting_then_importing_the_export_changes_nothing()
    {
        var client = factory.CreateClient();
        var export = await client.GetByteArrayAsync("/exports/organisations.csv");
        var before = await factory.CountsAsync();

        var (status, body) = await factory.ImportAsync(export);

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal((0, 0), (body["created"]!.GetValue<int>(), body["updated"]!.GetValue<int>()));
        Assert.Equal(before.Organisations, body["unchanged"]!.GetValue<int>());
        Assert.Equal(before, await factory.CountsAsync());
        Assert.Equal(export, await client.GetByteArrayAsync("/exports/organisations.csv"));
    }

    [Fact]
    public async Task A_formula_is_neutralised_in_the_export_and_imports_back_as_it_was()
    {
        const string Formula = "=HYPERLINK(\"https://evil.example\",\"Click\")";
        await factory.ImportAsync($"name,kind,description\nFormula Group,CHARITY,\"{Formula.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");

        var export = Encoding.UTF8.GetString(await factory.CreateClient().GetByteArrayAsync("/exports/organisations.csv"));
        var (status, body) = await factory.ImportAsync(export);

        Assert.Contains("\"'=HYPERLINK(", export, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK(", export, StringComparison.Ordinal);
        Assert.Equal(200, status);
        Assert.Equal(0, body["updated"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_services_export_carries_every_service_and_no_providers_restricted_contact()
    {
        var export = Encoding.UTF8.GetString(await factory.CreateClient().GetByteArrayAsync("/exports/services.csv"));
        var publicContacts = TestDataset.Poole.Services.SelectMany(s => new[] { s.ContactEmail, s.ContactPhone }).ToHashSet();
        var restricted = TestDataset.Poole.Organisations.SelectMany(o => new[] { o.ContactEmail, o.ContactPhone }).Where(c => c is not null && !publicContacts.Contains(c));

        Assert.All(TestDataset.Poole.Services, s => Assert.Contains(s.Name, export, StringComparison.Ordinal));
        Assert.DoesNotContain(restricted, c => export.Contains(c!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("organisations")]
    [InlineData("services")]
    public async Task An_export_answers_304_to_its_own_ETag(string name)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync($"/exports/{name}.csv");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/exports/{name}.csv");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
