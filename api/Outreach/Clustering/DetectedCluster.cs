using NetTopologySuite.Geometries;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>A cluster of identified need found by <see cref="NeedClusterer"/>.</summary>
/// <param name="Number">1-based rank: clusters come largest first (families), ties broken by the smallest need id.</param>
/// <param name="Key">
/// Identifies the membership: the same set of needs always gives the same key, in any run and any input order;
/// a cluster that gains or loses a need gets a new key.
/// </param>
/// <param name="NeedIds">The member needs, ascending.</param>
/// <param name="Centroid">The families-weighted mean of the members' positions.</param>
/// <param name="Hull">
/// The members' convex hull in WGS84 degrees (X = longitude). Where the members are one or two places or lie on
/// a line, it is the 150 m buffer around them instead, so every cluster has an area to draw.
/// </param>
/// <param name="AreaKm2">The hull's area on the ground.</param>
/// <param name="FamiliesAffected">
/// The sum of the members' families affected. A family with needs in two categories counts twice, as it does in
/// the stored needs.
/// </param>
/// <param name="Categories">Every category present, largest first (families, then category id).</param>
/// <param name="DominantCategories">The leading categories that reach <see cref="ClusteringOptions.DominantCategoryMinShare"/>.</param>
/// <param name="Intensity">
/// Σ(families × severity) per km² of hull. The area is floored at the area of the 150 m buffer disc, so that a
/// sliver hull round nearly collinear cells cannot claim an unbounded intensity.
/// </param>
/// <param name="WardIds">The distinct wards of the members, ascending; needs without a ward add none.</param>
public sealed record DetectedCluster(
    int Number,
    string Key,
    IReadOnlyList<int> NeedIds,
    GeoPoint Centroid,
    Polygon Hull,
    double AreaKm2,
    int FamiliesAffected,
    IReadOnlyList<CategoryShare> Categories,
    IReadOnlyList<CategoryShare> DominantCategories,
    double Intensity,
    IReadOnlyList<int> WardIds);
