using VcsDirectory.Api.Data;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach;

/// <summary>A named place where identified need clusters, curated by CVS staff ("outreach set up where there is a cluster of identified need").</summary>
public sealed class OutreachCluster : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public double CentroidLatitude { get; set; }

    public double CentroidLongitude { get; set; }

    public int? ChildrensCentreId { get; set; }

    public ChildrensCentre? ChildrensCentre { get; set; }

    /// <summary>Where outreach is or could be held (a hall, a school, a library).</summary>
    public string? OutreachSite { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Raised by one on every change; an update must name the version it read (optimistic concurrency).</summary>
    public int Version { get; set; } = 1;

    public List<Ward> Wards { get; set; } = [];

    public List<IdentifiedNeed> Needs { get; set; } = [];
}
