using NetTopologySuite.Features;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>Builds the need map's layers for the GraphQL field and the GeoJSON route alike, so both serve the same features.</summary>
public sealed class MapLayers(DirectoryDbContext db, NeedMapData data)
{
    public async Task<FeatureCollection> BuildAsync(MapLayer layer, CancellationToken cancellationToken) => layer switch
    {
        MapLayer.Centres => await CentreLayer.ReadAsync(db, cancellationToken),
        MapLayer.Organisations => await OrganisationLayer.ReadAsync(db, cancellationToken),
        MapLayer.Needs => NeedCellLayer.Build(await data.NeedsAsync(NeedSelection.All, cancellationToken), await data.LookupsAsync(cancellationToken)),
        MapLayer.Clusters => DetectedClusterLayer.Build(
            NeedClusterer.Detect(await data.NeedsAsync(NeedSelection.All, cancellationToken)),
            await data.CoverageAnalyzerAsync(cancellationToken),
            await data.LookupsAsync(cancellationToken)),
        MapLayer.OutreachClusters => await OutreachClusterLayer.ReadAsync(db, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "No such layer."),
    };
}
