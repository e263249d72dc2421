using VcsDirectory.Api.Engagement;

namespace VcsDirectory.Api.Import;

public sealed record EngagementEventRecord(
    string HeldIn,
    EngagementEventKind Kind,
    int? Attendees,
    string? Note,
    IReadOnlyList<ParticipantGroup> Participants,
    string Source);
