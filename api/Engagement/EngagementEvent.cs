using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Engagement;

/// <summary>An engagement event: the Poole programme's six, exactly as the seed report gives them (real), and those CVS staff record since.</summary>
public sealed class EngagementEvent : IVersioned
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

    /// <summary>False for the report's events and for real events recorded since; true for demo or test records.</summary>
    public bool IsSynthetic { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>The centres it concerned; none for the programme's borough-wide events.</summary>
    public List<ChildrensCentre> Centres { get; set; } = [];

    /// <summary>The programme themes it took forward.</summary>
    public List<ProgrammeTheme> Themes { get; set; } = [];
}
