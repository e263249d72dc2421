using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Outcomes.Participation;

/// <summary>A way for parents, volunteers or a parents' group to take part in a centre or one of its services. Counts only: no parent or volunteer is a record here.</summary>
public sealed class ParticipationOpportunity : IVersioned
{
    public int Id { get; set; }

    public int CentreId { get; set; }

    public ChildrensCentre Centre { get; set; } = null!;

    /// <summary>The service at the centre it belongs to; null when it is the centre's own.</summary>
    public int? ServiceId { get; set; }

    public Service? Service { get; set; }

    public ParticipationKind Kind { get; set; }

    public required string Description { get; set; }

    public int Places { get; set; }

    public int PlacesFilled { get; set; }

    public required string HowToTakePart { get; set; }

    public bool IsOpen { get; set; } = true;

    public bool IsSynthetic { get; set; }

    public DateTime ModifiedAt { get; set; }

    public int Version { get; set; } = 1;
}
