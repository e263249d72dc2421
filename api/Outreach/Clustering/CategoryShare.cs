namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>A service category's part of a cluster: the families whose need is in it, and their share of the cluster's families.</summary>
public sealed record CategoryShare(int ServiceCategoryId, int FamiliesAffected, double Share);
