using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Benchmarks.Mentoring;

/// <summary>The borough-wide plan from raw records: building the pool (index, profiles) and the exact plan.</summary>
[MemoryDiagnoser]
public class MentoringPlanBenchmarks
{
    private List<MatchingOrganisation> _organisations = [];
    private MentoringHistory _history = MentoringHistory.Empty;

    [Params(1_000, 10_000, 50_000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _organisations = SyntheticDirectory.Organisations(Organisations, seed: 2013);
        _history = SyntheticDirectory.History(_organisations, seed: 2012);
    }

    [Benchmark]
    public MentoringPlan ExactPlan() =>
        MentoringPlanner.Plan(new PlanInput(new MatchingPool(_organisations, _history, MatchingWeights.Default)));
}
