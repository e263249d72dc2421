using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Consortia.Records;

/// <summary>
/// Organisations that run a children's centre, or deliver or add to its services, together: FORMING (the lead invites)
/// → PROPOSED (the lead submits) → ACTIVE (CVS staff accept it) → DISSOLVED. Never deleted: members who leave stay, LEFT.
/// </summary>
public sealed class Consortium : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public ConsortiumKind Kind { get; set; }

    public ConsortiumPurpose Purpose { get; set; }

    public int CentreId { get; set; }

    public ConsortiumStatus Status { get; set; } = ConsortiumStatus.Forming;

    public required string CreatedBy { get; set; }

    /// <summary>When it was created, FORMING (UTC).</summary>
    public DateTime FormedAt { get; set; }

    public DateTime? ProposedAt { get; set; }

    public DateTime? ActivatedAt { get; set; }

    public DateTime? DissolvedAt { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>The lead first (one, always ACCEPTED), then the others in the order they were invited.</summary>
    public List<ConsortiumMembership> Members { get; set; } = [];
}
