using System.Text.RegularExpressions;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>The rules for centres, outreach clusters, identified needs and the programme's record.</summary>
public static partial class PlaceRules
{
    public static void Check(ProblemList problems, DirectoryDataset dataset, DatasetReferences references)
    {
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

    public static void CheckCentre(ProblemList problems, string path, ChildrensCentreRecord c, DatasetReferences references)
    {
        problems.Text($"{path}.name", c.Name, 200, required: true);
        problems.Text($"{path}.status2013", c.Status2013, 200, required: true);
        problems.Text($"{path}.source", c.Source, 500, required: true);
        problems.Reference($"{path}.ward", c.Ward, references.Wards, "ward");
        problems.Reference($"{path}.operator", c.Operator, references.Organisations, "organisation");
        problems.References($"{path}.reachWards", c.ReachWards, references.Wards, "ward");
        problems.References($"{path}.services", c.Services, references.ServiceCategories, "service category");
        problems.Position(path, c.Latitude, c.Longitude);
        if (c.LocationPrecision == LocationPrecision.Unknown && c.Latitude is not null)
        {
            problems.Add($"{path}.locationPrecision", "INCONSISTENT", "A centre whose location is unknown has no position.");
        }
        else if (c.LocationPrecision != LocationPrecision.Unknown && c.Latitude is null)
        {
            problems.Add($"{path}.location", "INCONSISTENT", "A centre without a position has an unknown location.");
        }

        problems.Range($"{path}.volunteerCount", c.VolunteerCount ?? 0, 0, 10_000);
        problems.Range($"{path}.parentRepresentativeCount", c.ParentRepresentativeCount ?? 0, 0, 10_000);
    }

    public static void CheckCluster(ProblemList problems, string path, OutreachClusterRecord c, DatasetReferences references)
    {
        problems.Text($"{path}.key", c.Key, 100, required: true);
        problems.Text($"{path}.name", c.Name, 200, required: true);
        problems.Text($"{path}.description", c.Description, 2000);
        problems.Text($"{path}.outreachSite", c.OutreachSite, 200);
        problems.Position(path, c.CentroidLatitude, c.CentroidLongitude);
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
