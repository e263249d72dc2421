using System.Net;
using System.Net.Http.Headers;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Mapping;

/// <summary>Each layer's file carries an ETag of the data it was built from; a browser revalidates it and gets 304 until the data changes.</summary>
[Collection(SeededApi.Name)]
public sealed class MapLayerRevalidationTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Layers => ["centres", "organisations", "needs", "clusters", "outreach-clusters"];

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task A_layer_carries_an_ETag_and_asks_browsers_to_revalidate(string layer)
    {
        var response = await _client.GetAsync($"/geo/{layer}.geojson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.True(response.Headers.CacheControl.NoCache);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task A_repeated_GET_with_the_layers_ETag_answers_304_without_a_body(string layer)
    {
        var first = await _client.GetAsync($"/geo/{layer}.geojson");

        var again = await GetAsync(layer, first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task A_GET_with_another_ETag_gets_the_layer(string layer)
    {
        var response = await GetAsync(layer, "\"not-this-one\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("FeatureCollection", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_layers_of_the_same_data_have_different_ETags()
    {
        var tags = new List<string>();
        foreach (var layer in Layers)
        {
            tags.Add((await _client.GetAsync($"/geo/{layer}.geojson")).Headers.ETag!.Tag);
        }

        Assert.Equal(tags.Count, tags.Distinct().Count());
    }

    [Fact]
    public async Task A_layer_is_built_once_for_the_same_data_and_a_revalidation_costs_one_statement()
    {
        var first = await _client.GetAsync("/geo/needs.geojson");
        factory.SqlStatements.Reset();

        var again = await _client.GetAsync("/geo/needs.geojson");
        var built = factory.SqlStatements.Count;
        factory.SqlStatements.Reset();
        await GetAsync("needs", first.Headers.ETag!.Tag);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(1, built);
        Assert.Equal(1, factory.SqlStatements.Count);
    }

    private Task<HttpResponseMessage> GetAsync(string layer, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/geo/{layer}.geojson");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        return _client.SendAsync(request);
    }
}
