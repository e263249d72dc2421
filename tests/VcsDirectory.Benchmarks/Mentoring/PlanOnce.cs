using System.Diagnostics;
using System.Globalization;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Benchmarks.Mentoring;

/// <summary>
/// One exact plan over a synthetic directory, outside BenchmarkDotNet: its many iterations and child processes hide a
/// single plan's peak memory, which is what a job at 50,000 organisations has to fit in.
/// </summary>
/// <remarks>
/// /usr/bin/time -v dotnet tests/VcsDirectory.Benchmarks/bin/Release/net10.0/VcsDirectory.Benchmarks.dll plan-once 50000
/// ("Maximum resident set size" is the whole process's peak; the line printed here gives the plan's time and size).
/// </remarks>
internal static class PlanOnce
{
    public static void Run(int organisations)
    {
        var directory = SyntheticDirectory.Organisations(organisations, seed: 2013);
        var history = SyntheticDirectory.History(directory, seed: 2012);
        var clock = Stopwatch.StartNew();
        var plan = MentoringPlanner.Plan(new PlanInput(new MatchingPool(directory, history, MatchingWeights.Default)));
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"organisations {organisations}: {clock.Elapsed.TotalSeconds:F1} s, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB; " +
            $"matched {plan.Objective.MatchedMentees}, total score {plan.Objective.TotalScore:F6}; {plan.Counts}"));
    }
}
