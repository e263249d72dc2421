using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

/// <summary>An area an organisation is strong in: strength 1 (some) to 3 (can teach it).</summary>
public sealed class OrganisationCapacity
{
    public int OrganisationId { get; set; }

    public int CapacityAreaId { get; set; }

    public CapacityArea CapacityArea { get; set; } = null!;

    public int Strength { get; set; }

    public string? Note { get; set; }
}
