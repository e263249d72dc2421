using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>
/// The execution timeout covers validation too: a validation step that would never end (a test rule that waits for
/// the request's token) is stopped by the deadline and answered TIMEOUT, and the server answers the next request.
/// </summary>
public sealed class DeadlineTests : IClassFixture<DirectoryApiFactory>
{
    private readonly DirectoryApiFactory _factory;

    public DeadlineTests(DirectoryApiFactory factory)
    {
        _factory = factory;
        _factory.Settings["GraphQL:Limits:ExecutionTimeoutSeconds"] = "1";
    }

    [Fact]
    public async Task A_request_whose_validation_never_ends_is_answered_TIMEOUT_and_the_next_one_is_served()
    {
        var server = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IConfigureExecution, WithEndlessValidation>()));
        var client = server.CreateClient();

        // No database, and nothing left to warm up after the first request: the deadline of 1 s is only ever met by the stuck one.
        await client.PostGraphQLAsync("query Warm { __typename }");
        var stuck = await client.PostGraphQLAsync("query Endless { __typename }");
        var next = await client.PostGraphQLAsync("query Next { __typename }");

        Assert.Equal(["TIMEOUT"], stuck.ErrorCodes);
        Assert.True(next.Errors is null, next.ToString());
    }

    /// <summary>Adds the endless rule to the request's validation rules, as the server's own rules are added.</summary>
    private sealed class WithEndlessValidation : IConfigureExecution
    {
        public float SortOrder => 0;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(new EndlessValidation()).ToList();
            return next(options);
        }
    }

    /// <summary>Holds the operation named Endless until the request's token fires (or a minute, so a broken deadline fails rather than hangs).</summary>
    private sealed class EndlessValidation : IValidationRule
    {
        public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (context.Operation.Name?.StringValue == "Endless")
            {
                await Task.Delay(TimeSpan.FromMinutes(1), context.CancellationToken);
            }

            return null;
        }

        public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

        public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
    }
}
