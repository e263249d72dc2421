using System.Text.Json;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Tests.Geography.GeoJson;

namespace VcsDirectory.Tests.Outreach.Clustering;

public class DetectedClusterFeaturesTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(14)]
    [InlineData(24)]
    public void The_hull_layer_of_random_clusters_is_rfc_7946_geojson(int seed)
    {
        var instance = RandomNeedInstance.Create(seed);
        var clusters = NeedClusterer.Detect(instance.Needs, instance.Options);

        var json = GeoJsonDocuments.Write(DetectedClusterFeatures.Hulls(clusters));

        Assert.NotEmpty(clusters);
        Assert.Empty(Rfc7946Check.Validate(json));
    }

    [Fact]
    public void Each_hull_feature_carries_the_clusters_key_number_and_families()
    {
        var clusters = NeedClusterer.Detect([Ground.Need(1, 0, 0, 8, ward: 4), Ground.Need(2, 100, 0, 8, ward: 4)], ClusteringOptions.Fixed);

        var json = GeoJsonDocuments.Write(DetectedClusterFeatures.Hulls(clusters));

        var properties = JsonDocument.Parse(json).RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(clusters[0].Key, properties.GetProperty("key").GetString());
        Assert.Equal(1, properties.GetProperty("number").GetInt32());
        Assert.Equal(16, properties.GetProperty("familiesAffected").GetInt32());
        Assert.Equal([4], properties.GetProperty("wardIds").EnumerateArray().Select(w => w.GetInt32()));
    }

    [Fact]
    public void The_centroid_layer_is_rfc_7946_geojson_with_one_point_per_cluster()
    {
        var instance = RandomNeedInstance.Create(24);
        var clusters = NeedClusterer.Detect(instance.Needs, instance.Options);

        var json = GeoJsonDocuments.Write(DetectedClusterFeatures.Centroids(clusters));

        Assert.Empty(Rfc7946Check.Validate(json));
        Assert.Equal(clusters.Count, JsonDocument.Parse(json).RootElement.GetProperty("features").GetArrayLength());
    }
}
