using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Api.Outreach.Mapping;

public static class MapLayerQueries
{
    public static void AddMapLayerQueries(this ObjectGraphType query) =>
        query.Field<GeoJsonGraphType>("mapLayer")
            .Description(
                "A layer of the need map as a GeoJSON FeatureCollection (RFC 7946), the same document `GET /geo/{layer}.geojson` serves. " +
                "Public data only; identified need appears only summed per ~250 m grid cell or within a cluster's outline.")
            .Argument<NonNullGraphType<EnumerationGraphType<MapLayer>>>("layer", "Which layer.")
            .ResolveAsync(async ctx => await MapLayerDocuments.ElementAsync(ctx.RequestServices!, ctx.GetArgument<MapLayer>("layer"), ctx.CancellationToken))
            .PricedComputation(OutreachPrices.Detection);
}
