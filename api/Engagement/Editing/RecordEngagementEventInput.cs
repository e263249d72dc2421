using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Engagement.Editing;

public sealed class RecordEngagementEventInput : EditInput
{
    public string HeldIn { get; set; } = "";

    public EngagementEventKind Kind { get; set; }

    public int? Attendees { get; set; }

    public IReadOnlyList<ParticipantGroup>? Participants { get; set; }

    public IReadOnlyList<string>? CentreIds { get; set; }

    public IReadOnlyList<string>? ThemeIds { get; set; }

    public string? Note { get; set; }

    public string Source { get; set; } = "";

    public bool? IsSynthetic { get; set; }
}
