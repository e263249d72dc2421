using System.Text.Json;
using System.Text.Json.Serialization;

namespace VcsDirectory.Seed;

public sealed record ReferenceEvent(string When, string Kind, int? Attendees, string? Note, IReadOnlyList<string> Who)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
