namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>Why an organisation counts as within reach of a cluster.</summary>
[Flags]
public enum ReachBasis
{
    None = 0,

    /// <summary>Its base is within the radius of the cluster's centroid.</summary>
    WithinRadius = 1,

    /// <summary>
    /// It says it serves one of the cluster's wards. Many organisations work out of a distant office or in
    /// families' homes, so a ward they serve is as good a sign of reach as a base nearby.
    /// </summary>
    ServesClusterWard = 2,
}
