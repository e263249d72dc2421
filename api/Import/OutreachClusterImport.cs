using VcsDirectory.Api.Outreach;

namespace VcsDirectory.Api.Import;

/// <summary>An outreach cluster from its record; the importer then checks it with <see cref="OutreachClusterRules"/>.</summary>
public static class OutreachClusterImport
{
    /// <summary>A new cluster; names and codes the lookups lack are left out (the dataset's references are checked apart).</summary>
    public static OutreachCluster ToEntity(OutreachClusterRecord r, DirectoryLookups lookups) => new()
    {
        Name = r.Name, Description = r.Description, CentroidLatitude = r.CentroidLatitude, CentroidLongitude = r.CentroidLongitude,
        OutreachSite = r.OutreachSite, IsSynthetic = r.IsSynthetic,
        ChildrensCentre = r.ChildrensCentre is null ? null : lookups.ChildrensCentres.GetValueOrDefault(r.ChildrensCentre),
        Wards = r.Wards.Where(lookups.Wards.ContainsKey).Select(code => lookups.Wards[code]).Distinct().ToList(),
    };
}
