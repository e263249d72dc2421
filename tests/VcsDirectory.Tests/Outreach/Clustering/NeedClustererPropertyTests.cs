using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Tests.Outreach.Clustering;

/// <summary>Properties that must hold on any input, checked on seeded random instances against a brute-force oracle.</summary>
public class NeedClustererPropertyTests
{
    [Theory]
    [MemberData(nameof(RandomNeedInstance.Seeds), MemberType = typeof(RandomNeedInstance))]
    public void Clusters_equal_those_of_a_brute_force_dbscan(int seed)
    {
        var instance = RandomNeedInstance.Create(seed);
        var expected = BruteForceDbscan.Clusters(instance.Needs, instance.EpsMetres, instance.MinFamilies);

        var clusters = NeedClusterer.Detect(instance.Needs, instance.Options);

        Assert.Equal(expected, clusters.Select(c => c.NeedIds.ToArray()));
    }

    [Theory]
    [MemberData(nameof(RandomNeedInstance.Seeds), MemberType = typeof(RandomNeedInstance))]
    public void Every_neighbour_of_a_core_need_is_clustered_and_core_neighbours_share_its_cluster(int seed)
    {
        var (needs, options, core, clusterOf) = Solve(seed);

        for (var i = 0; i < needs.Count; i++)
        {
            for (var j = 0; j < needs.Count; j++)
            {
                if (core[i] && BruteForceDbscan.IsNeighbour(needs[i], needs[j], options.EpsMetres))
                {
                    Assert.True(clusterOf.ContainsKey(needs[j].Id), $"{needs[j].Id}, a neighbour of core need {needs[i].Id}, is noise");
                    Assert.True(!core[j] || clusterOf[needs[i].Id] == clusterOf[needs[j].Id], $"core needs {needs[i].Id} and {needs[j].Id} are split");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RandomNeedInstance.Seeds), MemberType = typeof(RandomNeedInstance))]
    public void A_need_left_out_as_noise_has_no_core_neighbour(int seed)
    {
        var (needs, options, core, clusterOf) = Solve(seed);

        var noise = needs.Where(n => !clusterOf.ContainsKey(n.Id));

        Assert.All(noise, n => Assert.DoesNotContain(needs.Where((m, j) => core[j]), m => BruteForceDbscan.IsNeighbour(n, m, options.EpsMetres)));
    }

    [Theory]
    [MemberData(nameof(RandomNeedInstance.Seeds), MemberType = typeof(RandomNeedInstance))]
    public void Every_hull_is_a_valid_polygon_covering_its_members(int seed)
    {
        var instance = RandomNeedInstance.Create(seed);
        var byId = instance.Needs.ToDictionary(n => n.Id);

        var clusters = NeedClusterer.Detect(instance.Needs, instance.Options);

        Assert.All(clusters, c =>
        {
            Assert.True(c.Hull.IsValid);
            Assert.True(c.AreaKm2 > 0);
            Assert.All(c.NeedIds, id => Assert.True(c.Hull.Covers(Wgs84Geometry.Point(byId[id].Location)), $"need {id} is outside cluster {c.Number}"));
        });
    }

    [Theory]
    [MemberData(nameof(RandomNeedInstance.Seeds), MemberType = typeof(RandomNeedInstance))]
    public void A_cluster_reports_the_families_of_its_members_and_shares_summing_to_one(int seed)
    {
        var instance = RandomNeedInstance.Create(seed);
        var byId = instance.Needs.ToDictionary(n => n.Id);

        var clusters = NeedClusterer.Detect(instance.Needs, instance.Options);

        Assert.All(clusters.Where(c => c.FamiliesAffected > 0), c =>
        {
            Assert.Equal(c.NeedIds.Sum(id => byId[id].FamiliesAffected), c.FamiliesAffected);
            Assert.Equal(1.0, c.Categories.Sum(s => s.Share), 9);
        });
    }

    private static (IReadOnlyList<NeedPoint> Needs, RandomNeedInstance Options, bool[] Core, Dictionary<int, int> ClusterOf) Solve(int seed)
    {
        var instance = RandomNeedInstance.Create(seed);
        var clusters = NeedClusterer.Detect(instance.Needs, instance.Options);
        var clusterOf = clusters.SelectMany(c => c.NeedIds.Select(id => (id, c.Number))).ToDictionary(p => p.id, p => p.Number);
        var core = BruteForceDbscan.CoreFlags(instance.Needs, instance.EpsMetres, instance.MinFamilies);
        return (instance.Needs, instance, core, clusterOf);
    }
}
