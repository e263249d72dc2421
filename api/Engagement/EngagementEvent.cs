namespace VcsDirectory.Api.Engagement;

/// <summary>One of the Poole programme's engagement events, exactly as the seed report gives it: real, not synthetic.</summary>
public sealed class EngagementEvent
{
    public int Id { get; set; }

    /// <summary>The month it was held, as the report gives it (YYYY-MM).</summary>
    public required string HeldIn { get; set; }

    public EngagementEventKind Kind { get; set; }

    /// <summary>Null where the report gives no number ("similar in size").</summary>
    public int? Attendees { get; set; }

    public string? Note { get; set; }

    public List<ParticipantGroup> Participants { get; set; } = [];

    public required string Source { get; set; }
}
