using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Import;

/// <summary>Reads older format versions as the current one.</summary>
public static class DatasetUpgrade
{
    /// <summary>
    /// Version 1 knew only an organisation's service categories: each becomes a service named after the category and
    /// the organisation, free, in person and in English, as the AddServices migration does for a stored directory.
    /// </summary>
    public static DirectoryDataset ToCurrent(DirectoryDataset dataset)
    {
        if (dataset.FormatVersion >= DirectoryDataset.CurrentFormatVersion)
        {
            return dataset;
        }

        var categories = dataset.ServiceCategories.ToDictionary(c => c.Code);
        var services = dataset.Organisations
            .SelectMany(o => o.Services.Where(categories.ContainsKey).Select(code => new ServiceRecord
            {
                Key = $"{o.Key}/{code}",
                Provider = o.Key,
                Name = Truncated($"{categories[code].Name} ({o.Name})", 200),
                Description = categories[code].Description,
                Category = code,
                DeliveryModes = [DeliveryMode.InPerson],
                Languages = ["en"],
                LastReviewedOn = o.LastReviewedOn,
                IsSynthetic = o.IsSynthetic,
            }))
            .ToList();
        return dataset with { FormatVersion = DirectoryDataset.CurrentFormatVersion, Services = services };
    }

    private static string Truncated(string text, int length) => text.Length <= length ? text : text[..length];
}
