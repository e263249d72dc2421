using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach;

/// <summary>
/// The rules an outreach cluster keeps, checked on the cluster as an edit or an import leaves it (references to its
/// centre and wards are checked where they are looked up). The mutations and the importer call the same rules.
/// </summary>
public static class OutreachClusterRules
{
    public static void Check(ProblemList problems, string path, OutreachCluster c)
    {
        problems.Text($"{path}.name", c.Name, 200, required: true);
        problems.Text($"{path}.description", c.Description, 2000);
        problems.Text($"{path}.outreachSite", c.OutreachSite, 200);
        problems.Position(path, c.CentroidLatitude, c.CentroidLongitude);
    }
}
