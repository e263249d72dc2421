using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Benchmarks.Consortia;

/// <summary>The builder's three best alternatives for a centre, averaged over the 8 centres of a synthetic borough.</summary>
[MemoryDiagnoser]
public class ConsortiumBuilderBenchmarks
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
}
