using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VcsDirectory.Api;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Protection;
using VcsDirectory.LoadHost;

namespace VcsDirectory.Benchmarks.Pipeline;

/// <summary>
/// One request through the in-process GraphQL pipeline (parse or cache, validate, execute with loaders on the
/// seeded SQLite database, serialise), without HTTP: a regression in the pipeline shows here as a number.
/// </summary>
[MemoryDiagnoser]
public class DirectoryRequestBenchmark
{
    private const string DirectoryPage = "{ organisations(first: 50) { nodes { name sizeBand capacities { strength area { code } } needs { priority area { code } } wards { nodes { name } } serviceCategories { nodes { code } } } } }";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"vcsdirectory-bench-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private IDocumentExecuter<DirectorySchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var builder = WebApplication.CreateBuilder([$"--ConnectionStrings:Directory=Data Source={_database}", "--Logging:LogLevel:Default=Warning"]);
        builder.Services.AddDirectoryData(builder.Configuration).AddDirectoryAuthentication().AddDirectoryProtection(builder.Configuration);
        builder.Services.AddDirectoryGraphQL().AddDirectoryFeatures(builder.Configuration);
        _app = builder.Build();
        await _app.InitializeDirectoryDatabaseAsync();
        _executer = _app.Services.GetRequiredService<IDocumentExecuter<DirectorySchema>>();
        _serializer = _app.Services.GetRequiredService<IGraphQLTextSerializer>();

        // .NET optimises hot code again only after it has run a while (tiered compilation, with profile-guided
        // optimisation), and the pipeline is a lot of code: a short job would time it half-compiled. Every case runs
        // here for a few seconds first, so each is timed as a long-running server runs it.
        var settled = System.Diagnostics.Stopwatch.StartNew();
        while (settled.Elapsed < TimeSpan.FromSeconds(8))
        {
            await DirectoryPageOf50();
            await ScalarsOf50();
            await HandWrittenBaseline();
        }
    }

    [Benchmark]
    public Task<long> DirectoryPageOf50() => RunAsync(DirectoryPage);

    // The same page taken apart, to see where the pipeline's time goes.
    [Benchmark]
    public Task<long> ScalarsOf50() => RunAsync("{ organisations(first: 50) { nodes { name sizeBand } } }");

    [Benchmark]
    public Task<long> ListsOf50() => RunAsync("{ organisations(first: 50) { nodes { name capacities { strength area { code } } needs { priority area { code } } } } }");

    [Benchmark]
    public Task<long> ConnectionsOf50() => RunAsync("{ organisations(first: 50) { nodes { name wards { nodes { name } } serviceCategories { nodes { code } } } } }");

    [Benchmark]
    public Task<long> Typename() => RunAsync("{ __typename }");

    /// <summary>The load test's hand-written baseline, the same data as the same JSON, in-process: the yardstick.</summary>
    [Benchmark(Baseline = true)]
    public async Task<long> HandWrittenBaseline()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var page = await DirectoryPageBaseline.LoadPageAsync(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>(), CancellationToken.None);
        using var output = new MemoryStream();
        await System.Text.Json.JsonSerializer.SerializeAsync(output, page);
        return output.Length;
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private async Task<long> RunAsync(string query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            UserContext = new Dictionary<string, object?> { [RequestCost.Key] = new RequestCost(), ["httpMethod"] = "POST" },
        });
        using var output = new MemoryStream();
        await _serializer.WriteAsync(output, result);
        return output.Length;
    }
}
