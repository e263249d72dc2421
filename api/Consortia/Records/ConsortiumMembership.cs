using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Api.Consortia.Records;

/// <summary>An organisation's place in a consortium: its role, the service categories it will deliver, and its invitation.</summary>
public sealed class ConsortiumMembership
{
    public int OrganisationId { get; set; }

    public ConsortiumRole Role { get; set; }

    /// <summary>Service category codes it promises to deliver for the centre.</summary>
    public List<string> Categories { get; set; } = [];

    public InvitationState Invitation { get; set; }

    public DateTime InvitedAt { get; set; }

    /// <summary>When it accepted, declined or left (UTC); null while invited.</summary>
    public DateTime? AnsweredAt { get; set; }

    /// <summary>True while it counts as a member: the lead, or an invitation accepted and not left.</summary>
    public bool IsMember => Invitation == InvitationState.Accepted;
}
