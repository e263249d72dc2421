using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Seed.Planted;

namespace VcsDirectory.Benchmarks.Outreach;

/// <summary>
/// The default (data-chosen) detection on planted clusters at every density the issue names: its time here, and
/// its adjusted Rand index against the plantings printed once per size at setup (// ARI lines in the log).
/// dotnet run -c Release --project tests/VcsDirectory.Benchmarks -- --filter '*PlantedCluster*' --job short
/// </summary>
[MemoryDiagnoser]
public class PlantedClusterBenchmarks
{
    private PlantedNeeds planted = PlantedNeedGenerator.Create(0, 1);

    [Params(264, 5_000, 20_000, 100_000)]
    public int NeedCount { get; set; }

    [GlobalSetup]
    public void Plant()
    {
        planted = PlantedNeedGenerator.Create(NeedCount, seed: 20261202);
        var run = NeedClusterer.Run(planted.Needs);
        Console.WriteLine(
            $"// ARI {NeedCount} needs: {planted.AdjustedRandIndexOf(run.Clusters):0.000} " +
            $"(eps {run.EpsMetres:0} m, min {run.MinFamilies} families, {run.Clusters.Count} clusters for {planted.ClusterCount} planted)");
    }

    [Benchmark]
    public int DetectWithDefaults() => NeedClusterer.Detect(planted.Needs).Count;
}
