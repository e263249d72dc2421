using VcsDirectory.Api;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Http;
using VcsDirectory.Api.GraphQL.Protection;
using VcsDirectory.Api.Import.Csv;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.OpenReferral;
using VcsDirectory.Api.Outreach.Mapping;
using VcsDirectory.Api.Pages;

// `import organisations FILE.csv` runs the import from a shell instead of serving (its arguments are not settings).
var timeline = new StartupTimeline();
timeline.Mark("Main entered");
// glibc makes no arena past two from here on (the runtime's own threads have made theirs: ProcessMemory says why).
var arenas = ProcessMemory.LimitArenas();
var command = ImportCommand.Handles(args);
var builder = WebApplication.CreateBuilder(command ? [] : args);
timeline.Mark("builder made");

// The database: SQLite by default, created and migrated at start-up.
builder.Services.AddDirectoryData(builder.Configuration);

// Bearer tokens and the roles they carry.
builder.Services.AddDirectoryAuthentication();

// Request limits, rate limits per client, CORS for front-end dev servers.
builder.Services.AddDirectoryProtection(builder.Configuration);

// Behind a load balancer: forwarded client addresses (off unless configured) and health checks for its probes.
builder.Services.AddDirectoryForwardedHeaders(builder.Configuration);
builder.Services.AddDirectoryHealthChecks(builder.Configuration);

// Brotli or gzip for clients that accept it; over plain HTTP only (behind a TLS proxy), which also keeps BREACH out.
builder.Services.AddResponseCompression(options => options.MimeTypes = ["application/json", "application/graphql-response+json", "application/geo+json", "text/javascript", "text/css", "text/html"]);

// The schema and the plumbing every feature shares, then the features (DirectoryFeatures lists them).
builder.Services.AddDirectoryGraphQL().AddDirectoryFeatures(builder.Configuration);

// The browser pages' settings (Map:TileUrl), checked now, and GraphiQL's example operations.
builder.Services.AddDirectoryPages(builder.Configuration);
timeline.Mark("services registered");

var app = builder.Build();
timeline.Mark("host built");

// Migrate, and seed an empty database with the Poole demo data, before listening.
// The schema is built (several hundred graph types) on another thread meanwhile: the two share nothing.
var schema = command ? Task.CompletedTask : Task.Run(async () =>
{
    await app.InitializeDirectorySchemaAsync(timeline.Mark);
});
await app.InitializeDirectoryDatabaseAsync(timeline.Mark);
timeline.Mark("database ready");
if (command)
{
    return await ImportCommand.RunAsync(app.Services, args, Console.Out);
}

// The job worker's sweep and claim (which it does before listening anyway) while the schema is still being built.
await app.Services.GetRequiredService<JobWorker>().PrepareAsync(CancellationToken.None);
timeline.Mark("jobs swept");

// The schema built and checked before listening, not within the first request's deadline.
await schema;

// The client's own address from a configured proxy's X-Forwarded-For, before anything reads it.
app.UseDirectoryForwardedHeaders();

// Requests from outside (not the health probes) end the warm-up: they warm the instance themselves.
Warmup.UseDirectoryWarmup(app, HealthEndpoints.Root);

// Compressed answers for clients that ask (the pages' scripts are megabytes; a directory page is tens of kilobytes).
app.UseResponseCompression();

// Browser pages at /, /mentors and /map with their files, served before the rate limiter counts requests.
app.UseDirectoryPages();

// Front-end dev servers' origins, then who is calling (a bad token is a 401), then how often.
app.UseCors();
app.UseDirectoryAuthentication();
app.UseRateLimiter();

// /health/live and /health/ready for the load balancer's probes (never rate-limited).
app.MapDirectoryHealthChecks();

// GraphQL over HTTP at /graphql.
app.MapGraphQL();

// The need map's layers as GeoJSON files at /geo/{layer}.geojson (public, rate-limited like /graphql).
app.MapGeoJsonLayers();

// Open Referral UK 3.0's read API at /openreferral/… (public data, rate-limited like /graphql).
app.MapOpenReferral();

// The survey spreadsheet: /exports/*.csv (public) and POST /imports/organisations (CVS staff).
app.MapCsvExchange();

// Hosted services start (the job worker sweeps and claims) and the server binds between this mark and the log.
timeline.Mark("pipeline built");
// Then the example queries run until the JIT has settled, and /health/ready waits for them (Warmup: on in production).
app.Lifetime.ApplicationStarted.Register(() =>
{
    timeline.Log(app.Services.GetRequiredService<ILogger<StartupTimeline>>());
    app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProcessMemory).FullName!)
        .LogInformation("Memory: {Memory}", ProcessMemory.Describe(arenas));
    _ = app.Services.GetRequiredService<Warmup>().StartAsync(
        app.Services.GetRequiredService<ExampleOperations>().All.Select(example => example.Query), app.Lifetime.ApplicationStopping);
});
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
