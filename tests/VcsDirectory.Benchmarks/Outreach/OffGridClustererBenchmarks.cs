using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Benchmarks.Outreach;

/// <summary>
/// The same needs without the 250 m grid, so no two share a position and nothing can be pooled: what the clusterer
/// would cost if needs were ever stored at finer positions. Kept to 50,000 needs because it grows with the square
/// of the density (every query in a busy centre of need returns thousands of neighbours).
/// </summary>
[MemoryDiagnoser]
public class OffGridClustererBenchmarks
{
    private NeedPoint[] needs = [];

    [Params(5_000, 50_000)]
    public int NeedCount { get; set; }

    [GlobalSetup]
    public void CreateNeeds() => needs = SyntheticNeeds.Create(NeedCount, seed: 20261128, snapToGrid: false);

    [Benchmark]
    public int DetectOffTheGrid() => NeedClusterer.Detect(needs).Count;
}
