using System.Text.RegularExpressions;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>
/// What the dataset's own records must keep: keys, references between records, identified needs and the programme's
/// record; each organisation, centre and cluster is checked with its feature's rules, as the mutations check it.
/// </summary>
public static partial class DatasetRules
{
    public static void Check(ProblemList problems, DirectoryDataset dataset, DatasetReferences references)
    {
        for (var i = 0; i < dataset.Organisations.Count; i++)
        {
            CheckOrganisation(problems, $"organisations[{i}]", dataset.Organisations[i], references);
        }

        for (var i = 0; i < dataset.ChildrensCentres.Count; i++)
        {
            CheckCentre(problems, $"childrensCentres[{i}]", dataset.ChildrensCentres[i], references);
        }

        for (var i = 0; i < dataset.OutreachClusters.Count; i++)
        {
            CheckCluster(problems, $"outreachClusters[{i}]", dataset.OutreachClusters[i], references);
        }

        CheckNeedsAndRecord(problems, dataset, references);
    }

    private static void CheckOrganisation(ProblemList problems, string path, OrganisationRecord o, DatasetReferences references)
    {
        problems.Text($"{path}.key", o.Key, 100, required: true);
        OrganisationRules.Check(problems, path, OrganisationImport.ToEntity(o, DirectoryLookups.Empty));
        problems.References($"{path}.wards", o.Wards, references.Wards, "ward");
        problems.References($"{path}.services", o.Services, references.ServiceCategories, "service category");
        problems.References($"{path}.capacities", o.Capacities.Select(c => c.Area).ToList(), references.CapacityAreas, "capacity area");
        problems.References($"{path}.needs", o.Needs.Select(n => n.Area).ToList(), references.CapacityAreas, "capacity area");
    }

    private static void CheckCentre(ProblemList problems, string path, ChildrensCentreRecord c, DatasetReferences references)
    {
        ChildrensCentreRules.Check(problems, path, ChildrensCentreImport.ToEntity(c, DirectoryLookups.Empty));
        problems.Reference($"{path}.ward", c.Ward, references.Wards, "ward");
        problems.Reference($"{path}.operator", c.Operator, references.Organisations, "organisation");
        problems.References($"{path}.reachWards", c.ReachWards, references.Wards, "ward");
        problems.References($"{path}.services", c.Services, references.ServiceCategories, "service category");
    }

    private static void CheckCluster(ProblemList problems, string path, OutreachClusterRecord c, DatasetReferences references)
    {
        problems.Text($"{path}.key", c.Key, 100, required: true);
        OutreachClusterRules.Check(problems, path, OutreachClusterImport.ToEntity(c, DirectoryLookups.Empty));
        problems.Reference($"{path}.childrensCentre", c.ChildrensCentre, references.ChildrensCentres, "centre");
        problems.References($"{path}.wards", c.Wards, references.Wards, "ward");
    }

    private static void CheckNeedsAndRecord(ProblemList problems, DirectoryDataset dataset, DatasetReferences references)
    {
        for (var i = 0; i < dataset.IdentifiedNeeds.Count; i++)
        {
            var n = dataset.IdentifiedNeeds[i];
            var path = $"identifiedNeeds[{i}]";
            problems.Reference($"{path}.cluster", n.Cluster, references.OutreachClusters, "cluster");
            problems.Reference($"{path}.service", n.Service, references.ServiceCategories, "service category");
            problems.Reference($"{path}.ward", n.Ward, references.Wards, "ward");
            problems.Range($"{path}.familiesAffected", n.FamiliesAffected, 1, 100_000);
            problems.Range($"{path}.severity", n.Severity, 1, 3);
            problems.Text($"{path}.source", n.Source, 200, required: true);
            problems.Position(path, n.Latitude, n.Longitude);
        }

        for (var i = 0; i < dataset.EngagementEvents.Count; i++)
        {
            var e = dataset.EngagementEvents[i];
            if (!MonthPattern().IsMatch(e.HeldIn))
            {
                problems.Add($"engagementEvents[{i}].heldIn", "INVALID_MONTH", "Months are written YYYY-MM.");
            }

            problems.Range($"engagementEvents[{i}].attendees", e.Attendees ?? 0, 0, 100_000);
            problems.Text($"engagementEvents[{i}].note", e.Note, 500);
            problems.Text($"engagementEvents[{i}].source", e.Source, 500, required: true);
        }

        problems.UniqueKeys("programmeThemes", dataset.ProgrammeThemes, t => t.Name, "theme");
    }

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
