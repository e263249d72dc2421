using VcsDirectory.Api.Services;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>What a service record must keep in a dataset: its key and references, and the service's own rules.</summary>
public static class ServiceRecordRules
{
    public static void Check(ProblemList problems, IReadOnlyList<ServiceRecord> services, DatasetReferences references)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var path = $"services[{i}]";
            var s = services[i];
            problems.Text($"{path}.key", s.Key, 100, required: true);
            ServiceRules.Check(problems, path, ServiceImport.ToEntity(s, DirectoryLookups.Empty, new Dictionary<string, Outreach.OutreachCluster>()));
            problems.Reference($"{path}.provider", s.Provider, references.Organisations, "organisation");
            problems.Reference($"{path}.category", s.Category, references.ServiceCategories, "service category");
            problems.References($"{path}.centres", s.Centres, references.ChildrensCentres, "centre");
            problems.References($"{path}.outreachClusters", s.OutreachClusters, references.OutreachClusters, "cluster");
            problems.References($"{path}.areaWards", s.AreaWards, references.Wards, "ward");
        }
    }
}
