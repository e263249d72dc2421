using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>One ward's value for a hot-spot analysis (for example, the families with a need in one category), at the ward's centroid.</summary>
public sealed record WardValue(int WardId, GeoPoint Centroid, double Value);
