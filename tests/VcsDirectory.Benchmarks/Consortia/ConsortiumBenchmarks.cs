using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Benchmarks.Consortia;

/// <summary>
/// On a synthetic borough of 8 centres: the builder's three best alternatives for one centre (averaged over the 8),
/// and the exact borough plan, one consortium per centre, no organisation in more than one.
/// </summary>
[MemoryDiagnoser]
public class ConsortiumBenchmarks
{
    private List<ConsortiumCentre> _centres = [];
    private List<ConsortiumCandidate> _organisations = [];

    [Params(150, 10_000)]
    public int Organisations { get; set; }

    [Params(ConsortiumKind.LeadPartner, ConsortiumKind.Community)]
    public ConsortiumKind Kind { get; set; }

    [GlobalSetup]
    public void Setup() => (_centres, _organisations) = SyntheticBorough.Create(Organisations, seed: 2013);

    [Benchmark(OperationsPerInvoke = 8)]
    public int ThreeBestPerCentre() =>
        _centres.Sum(centre => ConsortiumBuilder.Build(centre, _organisations, new ConsortiumRequest(Kind)).Alternatives.Count);

    [Benchmark]
    public BoroughConsortiumPlan BoroughPlan() => BoroughConsortiumPlanner.Plan(_centres, _organisations, new BoroughPlanRequest(Kind));
}
