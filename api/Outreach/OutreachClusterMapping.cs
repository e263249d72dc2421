using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Outreach;

/// <summary>Between an outreach cluster and its import-format record; used by the importer and the mutations alike.</summary>
public static class OutreachClusterMapping
{
    /// <summary>The record of a cluster loaded with its centre and wards.</summary>
    public static OutreachClusterRecord ToRecord(OutreachCluster c) => new()
    {
        Key = $"cluster-{c.Id}", Name = c.Name, Description = c.Description, CentroidLatitude = c.CentroidLatitude,
        CentroidLongitude = c.CentroidLongitude, ChildrensCentre = c.ChildrensCentre?.Name, OutreachSite = c.OutreachSite,
        Wards = c.Wards.Select(w => w.Code).Order(StringComparer.Ordinal).ToList(), IsSynthetic = c.IsSynthetic,
    };

    public static void Apply(OutreachClusterRecord r, OutreachCluster c, DirectoryLookups lookups)
    {
        (c.Name, c.Description, c.CentroidLatitude, c.CentroidLongitude) = (r.Name, r.Description, r.CentroidLatitude, r.CentroidLongitude);
        (c.OutreachSite, c.IsSynthetic) = (r.OutreachSite, r.IsSynthetic);
        c.ChildrensCentre = r.ChildrensCentre is null ? null : lookups.ChildrensCentres[r.ChildrensCentre];
        Relations.Replace(c.Wards, r.Wards.Select(code => lookups.Wards[code]).ToList());
    }
}
