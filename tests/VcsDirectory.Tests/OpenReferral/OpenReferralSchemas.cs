using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.OpenReferral;

/// <summary>
/// The ORUK 3.0 profile's compiled schemas (<c>shared/data/oruk-3.0/compiled</c>), with the profile's Page envelope from
/// its <c>openapi.json</c> around list items, and the taxonomy and taxonomy_term definitions (which have no compiled
/// file) taken from <c>service_with_definitions.json</c>. Formats (uuid, date-time, email, uri) are checked, not just noted.
/// </summary>
public static class OpenReferralSchemas
{
    private static readonly string Folder = FindFolder();

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    public static JsonSchema Service { get; } = Compiled("service.json");

    public static JsonSchema ServiceAtLocation { get; } = Compiled("service_at_location.json");

    public static JsonSchema ServicePage { get; } = Page(File("service_list.json"));

    public static JsonSchema ServiceAtLocationPage { get; } = Page(File("service_at_location_list.json"));

    public static JsonSchema TaxonomyPage { get; } = Page(new JsonObject { ["$ref"] = "#/definitions/taxonomy" }, Definitions());

    public static JsonSchema TaxonomyTermPage { get; } = Page(new JsonObject { ["$ref"] = "#/definitions/taxonomy_term" }, Definitions());

    /// <summary>The profile's answer to <c>GET /</c>, declared inline in its openapi.json.</summary>
    public static JsonSchema About { get; } = Build(OpenApi()["paths"]!["/"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone().AsObject());

    // Draft 2020-12: the compiled schemas carry annotations of their own (name, title, example), which it allows.
    /// <summary>The problems, one a line (empty when the document is valid).</summary>
    public static string Problems(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, Options);
        return result.IsValid ? "" : string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")).Take(20));
    }

    private static JsonSchema Compiled(string name) => Build(File(name));

    private static JsonSchema Page(JsonObject items, JsonObject? definitions = null)
    {
        var page = OpenApi()["components"]!["schemas"]!["Page"]!.DeepClone().AsObject();
        page["properties"]!["contents"] = new JsonObject { ["type"] = "array", ["items"] = items };
        page["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");
        if (definitions is not null)
        {
            page["definitions"] = definitions;
        }

        return Build(page);
    }

    private static JsonObject Definitions() => File("service_with_definitions.json")["definitions"]!.DeepClone().AsObject();

    private static JsonObject OpenApi() => File(Path.Combine("..", "openapi.json"));

    private static JsonObject File(string name) => JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, name)))!.AsObject();

    private static JsonSchema Build(JsonObject schema) =>
        JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 });

    /// <summary>The shared data folder beside the repository (<c>../shared/data/oruk-3.0/compiled</c>), or /work/shared's.</summary>
    private static string FindFolder()
    {
        foreach (var root in new[] { Path.Combine(RepositoryPaths.Root, "..", "shared"), "/work/shared" })
        {
            var folder = Path.GetFullPath(Path.Combine(root, "data", "oruk-3.0", "compiled"));
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("The ORUK 3.0 compiled schemas were not found at ../shared/data/oruk-3.0/compiled.");
    }
}
