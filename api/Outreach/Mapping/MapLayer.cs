using System.ComponentModel;

namespace VcsDirectory.Api.Outreach.Mapping;

[Description("A layer of the need map, served as an RFC 7946 GeoJSON FeatureCollection (also at `GET /geo/{layer}.geojson`, e.g. /geo/outreach-clusters.geojson).")]
public enum MapLayer
{
    [Description("Children's centres with a known location, as points: id, name, status2013, locationPrecision, operator (name). /geo/centres.geojson")]
    Centres,

    [Description("Organisations (not archived) with a known base, as points, public fields only (id, name, sizeBand, kind, services, willingToMentor): never contact details. /geo/organisations.geojson")]
    Organisations,

    [Description("Identified need, aggregated: one point per ~250 m grid cell holding need, at the cell's centre, with families, needCount and familiesByCategory. Never an individual record. /geo/needs.geojson")]
    Needs,

    [Description("Clusters detected with the default options, as hull polygons: key, number, familiesAffected, needCount, areaKm2, intensity, dominantCategories, wards, coverageScore, gaps, nearestCentre, nearestCentreKm. /geo/clusters.geojson")]
    Clusters,

    [Description("Curated outreach clusters: the hull of their needs' grid cells as a polygon, or their centroid as a point when they have no needs (see drawnAs). /geo/outreach-clusters.geojson")]
    OutreachClusters,
}
