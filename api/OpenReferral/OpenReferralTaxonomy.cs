using System.Text.Json.Nodes;
using VcsDirectory.Api.Taxonomies;
using static VcsDirectory.Api.OpenReferral.OpenReferralJson;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>The directory's service categories as one ORUK taxonomy, each category a taxonomy_term (its code is ORUK's <c>term</c>).</summary>
public static class OpenReferralTaxonomy
{
    public const string Name = "VCS Directory service categories";

    public static readonly string Id = OpenReferralIds.Of("taxonomy", "service-categories");

    public static JsonObject Taxonomy() => Members(
        ("id", Id), ("name", Name), ("version", "1"),
        ("description", "The kinds of service delivered to children and families around Poole's children's centres, as the directory classifies them."));

    public static JsonObject Term(ServiceCategory c) => Members(
        ("id", OpenReferralIds.TaxonomyTerm(c.Code)), ("name", c.Name), ("description", c.Description),
        ("taxonomy", Name), ("taxonomy_id", Id), ("term", c.Code), ("code", c.Code));

    /// <summary>The taxonomies list: the directory has the one.</summary>
    public static JsonObject Page(OpenReferralPaging paging)
    {
        JsonNode[] all = [Taxonomy()];
        return paging.Envelope(all.Length, [.. all.Skip(paging.Skip).Take(paging.PerPage)]);
    }
}
