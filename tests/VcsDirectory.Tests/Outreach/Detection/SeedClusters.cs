using System.Text.Json.Nodes;
using VcsDirectory.Api.Geography;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Detection;

/// <summary>
/// The six clusters of need the seed plants (seed/PlaceGenerator.cs): three quarters of each one's needs are in its
/// three dominant categories. Their places are read from the committed dataset, where each is a curated cluster.
/// </summary>
internal static class SeedClusters
{
    public static readonly (string Name, string[] Dominant)[] All =
    [
        ("Turlin Moor families", ["PARENTING_SUPPORT", "SPEECH_LANGUAGE", "DEBT_WELFARE"]),
        ("Old Town and Quay", ["DOMESTIC_ABUSE", "MENTAL_HEALTH", "FAMILY_SUPPORT"]),
        ("Alderney estate", ["EARLY_YEARS", "PARENTING_SUPPORT", "ADULT_LEARNING"]),
        ("Canford Heath north", ["SEND", "SPEECH_LANGUAGE", "HEALTH_WELLBEING"]),
        ("Branksome West", ["DEBT_WELFARE", "FAMILY_SUPPORT", "MENTAL_HEALTH"]),
        ("Newtown and Heatherlands", ["EARLY_YEARS", "HEALTH_WELLBEING", "ADULT_LEARNING"]),
    ];

    public static GeoPoint PlaceOf(string name)
    {
        var cluster = TestDataset.Poole.OutreachClusters.Single(c => c.Name == name);
        return new GeoPoint(cluster.CentroidLatitude, cluster.CentroidLongitude);
    }

    /// <summary>The seed cluster whose place is nearest a served centroid, and how far it is.</summary>
    public static (string Name, double Km) NearestTo(JsonNode centroid)
    {
        var at = new GeoPoint(centroid["latitude"]!.GetValue<double>(), centroid["longitude"]!.GetValue<double>());
        return All.Select(s => (s.Name, Km: PlaceOf(s.Name).DistanceKmTo(at))).MinBy(s => s.Km);
    }
}
