using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

/// <summary>An area an organisation needs help with: priority 1 (would help) to 3 (urgent).</summary>
public sealed class OrganisationNeed
{
    public int OrganisationId { get; set; }

    public int CapacityAreaId { get; set; }

    public CapacityArea CapacityArea { get; set; } = null!;

    public int Priority { get; set; }

    public string? Note { get; set; }
}
