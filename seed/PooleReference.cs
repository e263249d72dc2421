using System.Text.Json;
using System.Text.Json.Serialization;

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

public sealed record ReferenceBlock<T>(string Source, string Precision, IReadOnlyList<T> Items);

public sealed record ReferenceWard(string Name, double Lat, double Lon);

public sealed record ReferenceCentre(string Name, string Status2013, string? WardInferred);

public sealed record ReferenceEvents(string Source, string Precision, IReadOnlyList<ReferenceEvent> Items, IReadOnlyList<string> Themes);

public sealed record ReferenceEvent(string When, string Kind, int? Attendees, string? Note, IReadOnlyList<string> Who)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
