namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>The children's centre nearest a cluster's centroid (among those with a known location), and how far it is.</summary>
public sealed record NearestCentre(CentrePoint Centre, double DistanceKm, bool IsWithinRadius);
