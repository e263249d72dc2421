using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>Behind a load balancer: forwarded addresses believed only from configured proxies, GraphQL-shaped 429s, health endpoints.</summary>
public sealed class LoadBalancerTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("10.0.0.9", false)]
    [InlineData("10.0.0.5", true)]
    public async Task A_forwarded_address_is_believed_only_from_a_configured_proxy(string? knownProxy, bool believed)
    {
        using var factory = new ProxiedApi("10.0.0.5");
        factory.Settings["RateLimits:AnonymousPerWindow"] = "2";
        if (knownProxy is not null)
        {
            factory.Settings["ForwardedHeaders:Enabled"] = "true";
            factory.Settings["ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }

        var client = factory.CreateClient();
        await SendFromAsync(client, "203.0.113.1");
        await SendFromAsync(client, "203.0.113.1");

        var another = await SendFromAsync(client, "203.0.113.2");

        Assert.Equal(believed ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, another);
    }

    [Fact]
    public async Task A_configured_network_of_proxies_is_believed_too()
    {
        using var factory = new ProxiedApi("10.0.0.5");
        factory.Settings["RateLimits:AnonymousPerWindow"] = "1";
        factory.Settings["ForwardedHeaders:Enabled"] = "true";
        factory.Settings["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/24";
        var client = factory.CreateClient();

        await SendFromAsync(client, "203.0.113.1");

        Assert.Equal(HttpStatusCode.OK, await SendFromAsync(client, "203.0.113.2"));
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_429_answers_in_the_negotiated_media_type_with_RATE_LIMITED_and_retryAfterSeconds(string accept)
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["RateLimits:AnonymousPerWindow"] = "1";
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        await client.GetAsync("/graphql?query={__typename}");

        using var limited = await client.GetAsync("/graphql?query={__typename}");

        var error = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(accept, limited.Content.Headers.ContentType!.MediaType);
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.True(error["extensions"]!["retryAfterSeconds"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_health_endpoints_answer_and_are_never_rate_limited()
    {
        using var factory = new DirectoryApiFactory();
        factory.Settings["RateLimits:AnonymousPerWindow"] = "1";
        var client = factory.CreateClient();
        await client.GetAsync("/graphql?query={__typename}");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/health/live")).StatusCode);
            statuses.Add((await client.GetAsync("/health/ready")).StatusCode);
        }

        using var ready = await client.GetAsync("/health/ready");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> SendFromAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query={__typename}");
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The API as reached through a proxy at <paramref name="proxy"/>: the test server has no socket, so the proxy's address is set first.</summary>
    private sealed class ProxiedApi(string proxy) : DirectoryApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter>(_ => new FromProxy(IPAddress.Parse(proxy))));
        }
    }

    private sealed class FromProxy(IPAddress proxy) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate following) =>
            {
                http.Connection.RemoteIpAddress = proxy;
                return following(http);
            });
            next(app);
        };
    }
}
