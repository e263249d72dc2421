using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Centres;

/// <summary>
/// One of Poole's children's centres. Name and 2013 status are real; the operational figures
/// (volunteers, parent representatives, board, services, reach) are synthetic demo values,
/// flagged by <see cref="OperationalFiguresAreSynthetic"/>.
/// </summary>
public sealed class ChildrensCentre : ILocated, IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The centre's status in the 2013 consultation, as worded there.</summary>
    public required string Status2013 { get; set; }

    public int? WardId { get; set; }

    public Ward? Ward { get; set; }

    /// <summary>True where the ward was inferred from the centre's name rather than recorded.</summary>
    public bool WardIsInferred { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public LocationPrecision LocationPrecision { get; set; }

    /// <summary>The organisation running it; null when the council runs it.</summary>
    public int? OperatorId { get; set; }

    public Organisation? Operator { get; set; }

    public int? VolunteerCount { get; set; }

    public int? ParentRepresentativeCount { get; set; }

    public bool? HasAdvisoryBoard { get; set; }

    public bool IsSynthetic { get; set; }

    public bool OperationalFiguresAreSynthetic { get; set; }

    public required string Source { get; set; }

    /// <summary>Raised by one on every change; an update must name the version it read (optimistic concurrency).</summary>
    public int Version { get; set; } = 1;

    public List<Ward> ReachWards { get; set; } = [];

    public List<ServiceCategory> Services { get; set; } = [];
}
