using System.Text.Json;

namespace VcsDirectory.Seed;

/// <summary>The real facts of <c>reference/poole-reference.json</c>, each block with its source and precision.</summary>
public sealed record PooleReference(
    ReferenceBlock<ReferenceWard> Wards,
    ReferenceBlock<ReferenceCentre> ChildrensCentres,
    ReferenceEvents EngagementEvents)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PooleReference Load(string path) =>
        JsonSerializer.Deserialize<PooleReference>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"'{path}' holds no reference data.");

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "poole-reference.json");
}
