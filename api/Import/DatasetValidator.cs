using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>Checks a whole dataset before anything is written: every problem is reported at once, with its path.</summary>
public static class DatasetValidator
{
    public static IReadOnlyList<Problem> Validate(DirectoryDataset dataset)
    {
        var problems = new ProblemList();
        if (dataset.FormatVersion is < DirectoryDataset.OldestFormatVersion or > DirectoryDataset.CurrentFormatVersion)
        {
            problems.Add("formatVersion", "UNSUPPORTED_FORMAT", $"This API reads format versions {DirectoryDataset.OldestFormatVersion} to {DirectoryDataset.CurrentFormatVersion}.");
            return problems.All;
        }

        if (dataset.FormatVersion < 2 && dataset.Services.Count > 0)
        {
            problems.Add("services", "UNSUPPORTED_FORMAT", "Services came with format version 2: set formatVersion to 2.");
        }

        var references = new DatasetReferences(
            Wards: problems.UniqueKeys("wards", dataset.Wards, w => w.Code, "ward"),
            CapacityAreas: TaxonomyCodes(problems, "capacityAreas", dataset.CapacityAreas),
            ServiceCategories: TaxonomyCodes(problems, "serviceCategories", dataset.ServiceCategories),
            Organisations: problems.UniqueKeys("organisations", dataset.Organisations, o => o.Key, "organisation"),
            ChildrensCentres: problems.UniqueKeys("childrensCentres", dataset.ChildrensCentres, c => c.Name, "centre"),
            OutreachClusters: problems.UniqueKeys("outreachClusters", dataset.OutreachClusters, c => c.Key, "cluster"));

        problems.UniqueKeys("wards", dataset.Wards, w => w.Name, "ward name");
        for (var i = 0; i < dataset.Wards.Count; i++)
        {
            var ward = dataset.Wards[i];
            problems.Code($"wards[{i}].code", ward.Code);
            problems.Text($"wards[{i}].name", ward.Name, 100, required: true);
            problems.Position($"wards[{i}]", ward.Latitude, ward.Longitude);
            problems.Text($"wards[{i}].source", ward.Source, 500, required: true);
        }

        DatasetRules.Check(problems, dataset, references);
        problems.UniqueKeys("services", dataset.Services, s => s.Key, "service");
        ServiceRecordRules.Check(problems, dataset.Services, references);
        return problems.All;
    }

    private static HashSet<string> TaxonomyCodes(ProblemList problems, string path, IReadOnlyList<TaxonomyTermRecord> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            problems.Code($"{path}[{i}].code", terms[i].Code);
            problems.Text($"{path}[{i}].name", terms[i].Name, 100, required: true);
            problems.Text($"{path}[{i}].description", terms[i].Description, 1000, required: true);
        }

        return problems.UniqueKeys(path, terms, t => t.Code, "term");
    }
}
