using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Benchmarks.Consortia;

/// <summary>The exact borough plan: one consortium for each of the 8 centres, no organisation in more than one.</summary>
[MemoryDiagnoser]
public class BoroughConsortiumPlanBenchmarks
{
    private List<ConsortiumCentre> _centres = [];
    private List<ConsortiumCandidate> _organisations = [];

    [Params(150, 10_000)]
    public int Organisations { get; set; }

    [Params(ConsortiumKind.LeadPartner, ConsortiumKind.Community)]
    public ConsortiumKind Kind { get; set; }

    [GlobalSetup]
    public void Setup() => (_centres, _organisations) = SyntheticBorough.Create(Organisations, seed: 2013);

    [Benchmark]
    public BoroughConsortiumPlan BoroughPlan() => BoroughConsortiumPlanner.Plan(_centres, _organisations, new BoroughPlanRequest(Kind));
}
