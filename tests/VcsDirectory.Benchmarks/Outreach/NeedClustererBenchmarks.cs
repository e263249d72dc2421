using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Benchmarks.Outreach;

/// <summary>
/// The target: 50,000 needs clustered in under a second on a 2-core machine.
/// dotnet run -c Release --project tests/VcsDirectory.Benchmarks -- --filter '*Outreach*' --job short
/// </summary>
/// <remarks>
/// With the fixed minimum (12 families within 400 m, <see cref="ClusteringOptions.Fixed"/>) synthetic volumes this large are dense enough everywhere to
/// make the whole borough one cluster, which is the heaviest case for expansion. The scaled run raises the minimum
/// with the volume (a tenth of the need count) so that the centres of need come out as separate clusters.
/// </remarks>
[MemoryDiagnoser]
public class NeedClustererBenchmarks
{
    private NeedPoint[] needs = [];
    private ClusteringOptions scaled = ClusteringOptions.Default;

    [Params(5_000, 50_000, 200_000)]
    public int NeedCount { get; set; }

    [GlobalSetup]
    public void CreateNeeds()
    {
        needs = SyntheticNeeds.Create(NeedCount, seed: 20261128);
        scaled = new ClusteringOptions { MinFamilies = NeedCount / 10 };
    }

    [Benchmark(Baseline = true)]
    public int DetectWithFixedMinimum() => NeedClusterer.Detect(needs, ClusteringOptions.Fixed).Count;

    [Benchmark]
    public int DetectWithMinimumChosenFromData() => NeedClusterer.Detect(needs).Count;

    [Benchmark]
    public int DetectWithMinimumScaledToVolume() => NeedClusterer.Detect(needs, scaled).Count;
}
