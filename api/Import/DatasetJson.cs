using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VcsDirectory.Api.Import;

/// <summary>The one JSON shape of a dataset file: camelCase members, enums as their GraphQL names (COMMUNITY_GROUP).</summary>
public static class DatasetJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<DirectoryDataset> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DirectoryDataset>(stream, Options, cancellationToken)
            ?? throw new InvalidDataException($"The dataset file '{path}' is empty.");
    }

    public static string Write(DirectoryDataset dataset) => JsonSerializer.Serialize(dataset, Options) + "\n";
}
