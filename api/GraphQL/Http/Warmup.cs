using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using GraphQLParser.AST;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>
/// Once the server listens, runs the example queries in-process, round after round, until the JIT has settled, and
/// only then lets <c>/health/ready</c> say Healthy: a load balancer that waits for readiness then sends traffic to
/// compiled code, not to an instance still recompiling its hot methods. Meanwhile it is Degraded (serving, not yet at
/// speed), which <c>/health/ready</c> answers with 503: the health check service logs each such probe as a warning,
/// where Unhealthy would have logged an error at every probe of every deployment.
/// </summary>
/// <remarks>
/// ReadyToRun code is compiled ahead of time but is not the fastest code: on the directory page it ran at about 60% of
/// the rate of the code tiered compilation makes once methods are hot (without recompilation, 290-340 req/s against
/// about 480), and the recompiling competes with the requests, so a restarted instance served a third to a half of its
/// settled rate in its first seconds of load. The first answer still comes as soon as the server listens (and
/// <c>/health/live</c> says Healthy). Traffic that does not wait for readiness (any request but the health probes)
/// ends the warm-up at once: it warms the instance itself, and the example queries would only compete with it
/// (measured: the page's first rounds 130-171 req/s with the warm-up running alongside, against 160-195 without).
/// It never writes: a document with anything but one query, or with a variable that has no default, is left out, and
/// it asks as an anonymous client. A query answered with errors is left out of the later rounds and logged. Several
/// queries run at once (<see cref="WarmupOptions.Concurrency"/>), so that the database's pool opens and warms several
/// sessions, as load does: on PostgreSQL each new session plans and prepares its statements afresh.
/// </remarks>
public sealed partial class Warmup(IServiceProvider services, IOptions<WarmupOptions> options, ILogger<Warmup> log) : IHealthCheck
{
    private readonly WarmupOptions _options = options.Value;
    private int _complete;
    private int _trafficArrived;

    /// <summary>Whether the instance may say it is ready: the warm-up is off, has ended, or was stopped.</summary>
    public bool IsComplete => !_options.Enabled || Volatile.Read(ref _complete) == 1;

    Task<HealthCheckResult> IHealthCheck.CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(IsComplete ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("warming up"));

    /// <summary>A request from outside (not a health probe) arrived: the warm-up ends after the query it is answering.</summary>
    public void NoteTraffic() => Volatile.Write(ref _trafficArrived, 1);

    /// <summary>Runs the warm-up on the thread pool; returns at once.</summary>
    public Task StartAsync(IEnumerable<string> documents, CancellationToken stopping) =>
        _options.Enabled ? Task.Run(() => RunAsync(documents.ToList(), stopping), CancellationToken.None) : Task.CompletedTask;

    private async Task RunAsync(IReadOnlyList<string> documents, CancellationToken stopping)
    {
        try
        {
            var queries = documents.Select(Query).OfType<WarmupQuery>().ToList();
            var unknown = _options.LeaveOut.Except(queries.Select(q => q.Name), StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                // A misspelt name would warm what it meant to leave out, and nothing else would say so.
                LogUnknownLeftOut(string.Join(", ", unknown));
            }

            var leftOut = queries.RemoveAll(q => _options.LeaveOut.Contains(q.Name, StringComparer.Ordinal));
            var clock = Stopwatch.StartNew();
            var compiledAtStart = JitInfo.GetCompiledMethodCount();
            var window = (Start: clock.Elapsed, Compiled: compiledAtStart);
            var rounds = 0;
            var ending = "the JIT settled";
            while (true)
            {
                var failed = new System.Collections.Concurrent.ConcurrentBag<WarmupQuery>();
                await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = stopping }, async (query, token) =>
                {
                    if (Volatile.Read(ref _trafficArrived) == 0 && !await AnswersAsync(query, token))
                    {
                        failed.Add(query);
                    }
                });
                queries.RemoveAll(failed.Contains);
                rounds++;

                if (Volatile.Read(ref _trafficArrived) == 1)
                {
                    ending = "requests arrived before it ended, which warm the instance themselves";
                    break;
                }

                // Settled: hardly a method compiled over the last QuietSeconds. Not none: a method called once a round
                // reaches tiered compilation's 30 calls only after 30 rounds, a trickle that would hold readiness back
                // for code that is hardly hot.
                var now = (Start: clock.Elapsed, Compiled: JitInfo.GetCompiledMethodCount());
                if ((now.Start - window.Start).TotalSeconds >= _options.QuietSeconds)
                {
                    if (rounds >= _options.MinRounds && now.Compiled - window.Compiled <= _options.QuietMethods)
                    {
                        break;
                    }

                    window = now;
                }

                if (queries.Count == 0)
                {
                    ending = "no query was left to run";
                    break;
                }

                if (clock.Elapsed.TotalSeconds >= _options.MaxSeconds)
                {
                    ending = "Warmup:MaxSeconds ran out before the JIT settled";
                    break;
                }
            }

            if (Volatile.Read(ref _trafficArrived) == 0)
            {
                // The rounds ran the examples (all but LeaveOut), several at once, over the whole directory, and the collector
                // grew its heaps for them: at 10,000 organisations 262 MB committed for 90 MB of heap, 494-512 MiB of RSS once
                // ready; after this collection 294 MiB. Nothing is served yet, so one full compacting collection that hands the
                // free memory back costs no request anything. Not when traffic ended the warm-up: that traffic is being served.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                ProcessMemory.HandBackFreePages();
                var filePages = _options.UnmapFilePages ? ProcessMemory.UnmapUnchangedFilePages() : 0;
                LogHandedBack(filePages / 1048576.0, Environment.WorkingSet / 1048576.0, GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0);
            }

            LogWarmedUp(clock.Elapsed.TotalSeconds, rounds, queries.Count, leftOut, JitInfo.GetCompiledMethodCount() - compiledAtStart, ending);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // an optimisation that fails must not keep the instance out of service: it is logged, and the instance reports ready
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(e);
        }
        finally
        {
            Volatile.Write(ref _complete, 1);
        }
    }

    /// <summary>Tells the warm-up of every request but the health probes, ahead of everything that answers them.</summary>
    public static IApplicationBuilder UseDirectoryWarmup(IApplicationBuilder app, PathString healthProbes)
    {
        var warmup = app.ApplicationServices.GetRequiredService<Warmup>();
        return app.Use((http, next) =>
        {
            if (!warmup.IsComplete && !http.Request.Path.StartsWithSegments(healthProbes))
            {
                warmup.NoteTraffic();
            }

            return next(http);
        });
    }

    private async Task<bool> AnswersAsync(WarmupQuery query, CancellationToken stopping)
    {
        var (status, body) = await GraphQLHttpEndpoint.AnswerInProcessAsync(services, query.Body, stopping);
        using var answer = JsonDocument.Parse(body);
        if (status == StatusCodes.Status200OK && !answer.RootElement.TryGetProperty("errors", out _))
        {
            return true;
        }

        LogLeftOut(query.Name, status, body.Length > 500 ? System.Text.Encoding.UTF8.GetString(body, 0, 500) : System.Text.Encoding.UTF8.GetString(body));
        return false;
    }

    /// <summary>The document as a request body if it is one query needing no variables; otherwise null (it is not run).</summary>
    private static WarmupQuery? Query(string document)
    {
        GraphQLDocument parsed;
        try
        {
            parsed = GraphQLParser.Parser.Parse(document);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null;
        }

        var operations = parsed.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations is not [{ Operation: OperationType.Query } operation] || operation.Variables?.Items.Any(v => v.DefaultValue is null) == true)
        {
            return null;
        }

        return new WarmupQuery(operation.Name?.StringValue ?? "(anonymous)", JsonSerializer.SerializeToUtf8Bytes(new { query = document }));
    }

    [LoggerMessage(LogLevel.Information, "Warmed up in {Seconds:0.0} s: {Queries} example queries ({LeftOut} not run, Warmup:LeaveOut), round(s) run: {Rounds}, methods compiled meanwhile: {Methods}; ended because {Ending}. The instance now reports ready.")]
    private partial void LogWarmedUp(double seconds, int rounds, int queries, int leftOut, long methods, string ending);

    [LoggerMessage(LogLevel.Information, "After the warm-up: one full collection, glibc's free pages handed back, {FilePages:0.0} MiB of unchanged file pages unmapped (Warmup:UnmapFilePages); resident now {Resident:0.0} MiB, the collector's committed memory {Committed:0.0} MiB")]
    private partial void LogHandedBack(double filePages, double resident, double committed);

    [LoggerMessage(LogLevel.Warning, "Warmup:LeaveOut names {Names}, which no example query that the warm-up could run is called")]
    private partial void LogUnknownLeftOut(string names);

    [LoggerMessage(LogLevel.Warning, "The warm-up leaves out the example query {Name}: it was answered {Status} with {Body}")]
    private partial void LogLeftOut(string name, int status, string body);

    [LoggerMessage(LogLevel.Error, "The warm-up failed; the instance reports ready without it.")]
    private partial void LogFailed(Exception exception);

    private sealed record WarmupQuery(string Name, byte[] Body);
}
