namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>The layers' names in URLs: lower case, words joined by hyphens (<c>outreach-clusters</c>).</summary>
public static class MapLayerNames
{
    private static readonly Dictionary<string, MapLayer> ByName = Enum.GetValues<MapLayer>().ToDictionary(Of, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string Of(MapLayer layer) => layer switch
    {
        MapLayer.Centres => "centres",
        MapLayer.Organisations => "organisations",
        MapLayer.Needs => "needs",
        MapLayer.Clusters => "clusters",
        MapLayer.OutreachClusters => "outreach-clusters",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "No such layer."),
    };

    public static bool TryParse(string name, out MapLayer layer) => ByName.TryGetValue(name, out layer);
}
