using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>An error nobody expected is really logged, and the answer carries the id that finds it in the log.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task An_internal_error_is_logged_with_the_correlation_id_its_answer_carries()
    {
        using var factory = new FaultyApi();

        var response = await factory.CreateClient().PostGraphQLAsync("{ wards(first: 1) { nodes { organisations { totalCount } } } }");

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        var id = response.Errors![0]!["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Contains(factory.Logged, entry => entry.Level == LogLevel.Error && entry.Message.Contains(id, StringComparison.Ordinal) && entry.Exception is InvalidOperationException);
        Assert.DoesNotContain("injected", response.ToString(), StringComparison.Ordinal);
    }

    private sealed class FaultyApi : DirectoryApiFactory
    {
        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Logged { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddScoped<OrganisationLoaders>(_ => throw new InvalidOperationException("injected fault"));
                services.AddSingleton<ILoggerProvider>(new Capture(Logged));
            });
        }
    }

    private sealed class Capture(ConcurrentQueue<(LogLevel, string, Exception?)> logged) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logged.Enqueue((logLevel, formatter(state, exception), exception));

        public void Dispose()
        {
        }
    }
}
