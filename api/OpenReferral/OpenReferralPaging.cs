using System.Globalization;
using System.Text.Json.Nodes;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>ORUK's paging: <c>page</c> (from 1) and <c>per_page</c>, answered with the profile's Page members around <c>contents</c>.</summary>
public sealed record OpenReferralPaging(int Page, int PerPage)
{
    public const int DefaultPerPage = 50;

    public const int MaxPerPage = 500;

    public int Skip => (Page - 1) * PerPage;

    public static OpenReferralPaging From(IQueryCollection query) =>
        new(WholeNumber(query, "page", 1, 1, 1_000_000), WholeNumber(query, "per_page", DefaultPerPage, 1, MaxPerPage));

    public JsonObject Envelope(int totalItems, IReadOnlyList<JsonNode> contents)
    {
        var totalPages = (totalItems + PerPage - 1) / PerPage;
        return new JsonObject
        {
            ["total_items"] = totalItems,
            ["total_pages"] = totalPages,
            ["page_number"] = Page,
            ["size"] = contents.Count,
            ["first_page"] = Page == 1,
            ["last_page"] = Page >= totalPages,
            ["empty"] = contents.Count == 0,
            ["contents"] = OpenReferralJson.Array(contents),
        };
    }

    public static int WholeNumber(IQueryCollection query, string name, int fallback, int min, int max)
    {
        if (query[name] is not [{ } text])
        {
            return query[name].Count > 1 ? throw new OpenReferralArgumentException(name, $"Give '{name}' once.") : fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new OpenReferralArgumentException(name, $"'{name}' is a whole number from {min} to {max}.");
    }
}
