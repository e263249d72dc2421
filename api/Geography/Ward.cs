namespace VcsDirectory.Api.Geography;

/// <summary>An electoral ward of the borough: the unit every locality question is asked in.</summary>
public sealed class Ward
{
    public int Id { get; set; }

    /// <summary>A stable local code derived from the name (not an ONS code: the reference data has none).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public double CentroidLatitude { get; set; }

    public double CentroidLongitude { get; set; }

    /// <summary>The reference centroids are within about 1 km: good for maps, not for boundaries.</summary>
    public bool CentroidIsApproximate { get; set; }

    public required string Source { get; set; }
}
