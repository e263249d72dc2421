using System.Text.Json;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>An import's answer in JSON: camelCase members, as the GraphQL API names things.</summary>
public static class CsvReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
