using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach;

/// <summary>
/// A need identified among families in a place. Its position is stored already aggregated
/// (snapped to <see cref="NeedGrid"/>): no household's location is ever held.
/// </summary>
public sealed class IdentifiedNeed : IVersioned
{
    public int Id { get; set; }

    public int? OutreachClusterId { get; set; }

    public int ServiceCategoryId { get; set; }

    public ServiceCategory ServiceCategory { get; set; } = null!;

    public int? WardId { get; set; }

    public Ward? Ward { get; set; }

    public int FamiliesAffected { get; set; }

    /// <summary>1 (moderate) to 3 (acute).</summary>
    public int Severity { get; set; }

    /// <summary>Who identified it (health visitors, school, centre staff…).</summary>
    public required string Source { get; set; }

    public DateOnly RecordedOn { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>1 when recorded; needs are not edited in place, but they are records like the others (a version, an audit entry).</summary>
    public int Version { get; set; } = 1;
}
