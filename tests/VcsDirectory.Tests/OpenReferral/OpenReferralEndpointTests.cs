using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using VcsDirectory.Api.OpenReferral;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.OpenReferral;

/// <summary>The ORUK endpoints' filters, paging, refusals and caching, against the demo data read directly.</summary>
[Collection(SeededApi.Name)]
public sealed class OpenReferralEndpointTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_version_info_names_HSDS_3_and_the_UK_profile()
    {
        var about = await GetAsync("/openreferral/");

        Assert.Equal("3.0", about["version"]!.GetValue<string>());
        Assert.Equal(OpenReferralEndpoints.Profile, about["profile"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_says_how_many_there_are_and_holds_per_page_of_them()
    {
        var page = await GetAsync("/openreferral/services?page=2&per_page=10");

        Assert.Equal(TestDataset.Poole.Services.Count, page["total_items"]!.GetValue<int>());
        Assert.Equal((TestDataset.Poole.Services.Count + 9) / 10, page["total_pages"]!.GetValue<int>());
        Assert.Equal(10, page["contents"]!.AsArray().Count);
        Assert.False(page["first_page"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Taxonomy_term_id_keeps_the_services_of_that_category()
    {
        var expected = TestDataset.Poole.Services.Count(s => s.Category == "EARLY_YEARS");

        var page = await GetAsync($"/openreferral/services?per_page=500&taxonomy_term_id={OpenReferralIds.TaxonomyTerm("EARLY_YEARS")}");

        Assert.Equal(expected, page["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Minimum_and_maximum_age_are_years_and_keep_services_within_them()
    {
        var expected = TestDataset.Poole.Services.Count(s => (s.MinimumAgeMonths ?? 0) >= 24 && s.MaximumAgeMonths is <= 60);

        var page = await GetAsync("/openreferral/services?minimum_age=2&maximum_age=5");

        Assert.Equal(expected, page["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Day_keeps_the_services_open_that_day()
    {
        var expected = TestDataset.Poole.Services.Count(s => s.Schedule.Any(x => x.Day == DayOfWeek.Saturday));

        var page = await GetAsync("/openreferral/services?day=SA");

        Assert.Equal(expected, page["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_uses_the_directorys_full_text_search_and_puts_name_matches_first()
    {
        var page = await GetAsync("/openreferral/services?search=stay+and+play&per_page=5");

        Assert.NotEqual(0, page["total_items"]!.GetValue<int>());
        Assert.Contains("play", page["contents"]![0]!["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Modified_after_the_latest_change_finds_nothing()
    {
        var page = await GetAsync("/openreferral/services?modified_after=2100-01-01T00:00:00Z");

        Assert.True(page["empty"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("per_page=501")]
    [InlineData("minimum_age=old")]
    [InlineData("day=someday")]
    [InlineData("start_time=25:00")]
    [InlineData("search=the")]
    public async Task A_parameter_it_cannot_read_is_a_400_that_says_why(string query)
    {
        var response = await _client.GetAsync($"/openreferral/services?{query}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_ARGUMENT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/openreferral/services/00000000-0000-0000-0000-000000000000")]
    [InlineData("/openreferral/service_at_locations/not-a-uuid")]
    public async Task An_unknown_id_is_a_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("services")]
    [InlineData("service_at_locations")]
    [InlineData("taxonomies")]
    [InlineData("taxonomy_terms")]
    public async Task A_whole_list_carries_an_ETag_and_answers_304_to_it(string list)
    {
        var first = await _client.GetAsync($"/openreferral/{list}");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/openreferral/{list}");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(first.Headers.ETag!.Tag));

        var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task No_document_carries_an_organisations_restricted_contact()
    {
        var poole = TestDataset.Poole;
        var publicContacts = poole.Services.SelectMany(s => new[] { s.ContactEmail, s.ContactPhone }).ToHashSet();
        var restricted = poole.Organisations.SelectMany(o => new[] { o.ContactEmail, o.ContactPhone })
            .Where(c => c is not null && !publicContacts.Contains(c)).ToList();
        var texts = new List<string> { await _client.GetStringAsync("/openreferral/services?per_page=500") };
        var ids = (await GetAsync("/openreferral/services?per_page=500"))["contents"]!.AsArray().Select(s => s!["id"]!.GetValue<string>());
        foreach (var id in ids)
        {
            texts.Add(await _client.GetStringAsync($"/openreferral/services/{id}"));
        }

        Assert.NotEmpty(restricted);
        Assert.DoesNotContain(texts, text => restricted.Any(c => text.Contains(c!, StringComparison.Ordinal)));
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
