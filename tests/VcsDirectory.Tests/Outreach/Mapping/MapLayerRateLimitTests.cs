using System.Net;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Mapping;

public sealed class MapLayerRateLimitTests
{
    [Fact]
    public async Task The_GeoJSON_URLs_count_against_the_same_rate_limit_as_graphql()
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["RateLimits:AnonymousPerWindow"] = "2";
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/geo/centres.geojson", "/graphql?query={__typename}", "/geo/needs.geojson" })
        {
            using var response = await client.GetAsync(url);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
