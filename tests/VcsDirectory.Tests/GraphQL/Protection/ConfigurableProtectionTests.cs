using System.Net;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>The protections that configuration switches: each on a server of its own with the setting changed.</summary>
public sealed class ConfigurableProtectionTests
{
    [Fact]
    public async Task Anonymous_callers_are_rate_limited_with_Retry_After_and_signed_in_ones_count_apart()
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["RateLimits:AnonymousPerWindow"] = "3";
        factory.Settings["RateLimits:AuthenticatedPerWindow"] = "5";
        var anonymous = factory.CreateClient();
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await anonymous.GetAsync("/graphql?query={__typename}")).StatusCode);
        }

        using var limited = await anonymous.GetAsync("/graphql?query={__typename}");
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/graphql?query={__typename}")).StatusCode);
    }

    [Fact]
    public async Task With_introspection_off_the_schema_is_closed_and_no_field_names_are_suggested()
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["GraphQL:Limits:IntrospectionEnabled"] = "false";
        var client = factory.CreateClient();

        var introspection = await client.PostGraphQLAsync("{ __schema { types { name } } }");
        var typo = await client.PostGraphQLAsync("{ organisations { nodes { nam } } }");

        Assert.Null(introspection.Data);
        Assert.NotEmpty(introspection.ErrorCodes);
        Assert.DoesNotContain("Did you mean", typo.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_introspection_on_a_typo_gets_its_suggestion()
    {
        using var factory = new DirectoryApiFactory();

        var typo = await factory.CreateClient().PostGraphQLAsync("{ organisations { nodes { nam } } }");

        Assert.Contains("Did you mean", typo.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5173", true)]
    [InlineData("https://evil.example", false)]
    public async Task Only_configured_origins_may_call_from_a_browser(string origin, bool allowed)
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["Cors:AllowedOrigins:0"] = "http://localhost:5173";
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");

        using var response = await factory.CreateClient().SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
    }

    [Fact]
    public void A_limit_too_low_to_serve_anything_stops_the_start()
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["GraphQL:Limits:MaxDepth"] = "0";

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("GraphQL:Limits", failure.ToString(), StringComparison.Ordinal);
    }
}
