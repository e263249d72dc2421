using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using VcsDirectory.Api.Caching;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>Small helpers the document builders share: members left out when empty (ORUK omits, never nulls), and its formats.</summary>
public static class OpenReferralJson
{
    public const string MediaType = "application/json; charset=utf-8";

    /// <summary>An object of the members whose value is not null (a null or empty string is left out, as ORUK's examples do).</summary>
    public static JsonObject Members(params (string Name, JsonNode? Value)[] members)
    {
        var o = new JsonObject();
        foreach (var (name, value) in members)
        {
            if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)))
            {
                o[name] = value;
            }
        }

        return o;
    }

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    public static string Time(TimeOnly t) => t.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>RFC 3339 in UTC, as JSON Schema's date-time format wants.</summary>
    public static string DateTime(DateTime at) => System.DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>ORUK's ages are in years; the directory keeps months (a toddler group is for 18-36 months): 18 months is 1.5.</summary>
    public static JsonNode? Years(int? months) => months is { } m ? JsonValue.Create(Math.Round(m / 12.0, 2)) : null;

    /// <summary>
    /// An address as an RFC 3986 URI, which ORUK's <c>uri</c> format asks for: a host with accents (a "baby-café"
    /// website is an IRI) in its IDNA (punycode) form, the rest percent-encoded; null when it is no absolute address.
    /// </summary>
    public static string? Uri(string? address) =>
        System.Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.IdnHost}{(uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture))}{uri.PathAndQuery}{uri.Fragment}"
            : null;

    public static byte[] Bytes(JsonNode document) => DocumentBytes.Write(writer => document.WriteTo(writer));
}
