namespace VcsDirectory.Api.Pages;

/// <summary>The map page's base layer (configuration section <c>Map</c>): any XYZ tile server, or none.</summary>
public sealed class MapPageOptions
{
    public const string Section = "Map";

    /// <summary>
    /// An XYZ tile URL template with {z}, {x} and {y} (and optionally {s}), absolute (http/https) or on this server
    /// (starting with /); empty for no base layer. The map's own layers draw whether or not tiles load.
    /// </summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The attribution the tile server asks for, as plain text.</summary>
    public string TileAttribution { get; set; } = "© OpenStreetMap contributors";

    public void Validate()
    {
        if (TileUrl.Length == 0)
        {
            return;
        }

        var placed = TileUrl.Contains("{z}", StringComparison.Ordinal) && TileUrl.Contains("{x}", StringComparison.Ordinal) && TileUrl.Contains("{y}", StringComparison.Ordinal);
        var local = TileUrl.StartsWith('/') && !TileUrl.StartsWith("//", StringComparison.Ordinal);
        var remote = Uri.TryCreate(TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        if (!placed || !(local || remote))
        {
            throw new InvalidOperationException(
                $"{Section}:TileUrl must be an http(s) or /-rooted URL template with {{z}}, {{x}} and {{y}}, or empty for no base layer; it is '{TileUrl}'.");
        }
    }
}
