using VcsDirectory.Api.Consortia.Records;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>A consortium after a member left, and the categories it promised that no remaining member promises.</summary>
public sealed record ConsortiumDeparture(Consortium Consortium, IReadOnlyList<string> UncoveredCategories)
{
    /// <summary>What <paramref name="organisationId"/> promised that no member (lead included) still promises, by code.</summary>
    public static ConsortiumDeparture After(Consortium consortium, int organisationId)
    {
        var promised = consortium.Members.Where(m => m.OrganisationId == organisationId).SelectMany(m => m.Categories);
        var still = consortium.Members.Where(m => m.IsMember).SelectMany(m => m.Categories).ToHashSet(StringComparer.Ordinal);
        return new ConsortiumDeparture(consortium, [.. promised.Where(c => !still.Contains(c)).Distinct().Order(StringComparer.Ordinal)]);
    }
}
