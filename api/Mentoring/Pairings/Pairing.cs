using VcsDirectory.Api.Data;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>
/// A mentoring pairing on record: proposed (by the mentee's coordinator or a CVS plan), then accepted or
/// declined by the mentor, active, and ended with an outcome. Never deleted: declined and badly ended
/// pairs keep the same pair from being proposed again.
/// </summary>
public sealed class Pairing : IVersioned
{
    public int Id { get; set; }

    public int MentorId { get; set; }

    public int MenteeId { get; set; }

    public PairingState State { get; set; }

    public PairingOrigin Origin { get; set; }

    public required string ProposedBy { get; set; }

    public DateTime ProposedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public PairingOutcome? Outcome { get; set; }

    /// <summary>The proposer's note (what the mentee hopes for).</summary>
    public string? Note { get; set; }

    /// <summary>The mentor's answer, or how it ended.</summary>
    public string? OutcomeNote { get; set; }

    public int Version { get; set; } = 1;

    public bool EndedBadly => State == PairingState.Ended && Outcome == PairingOutcome.BrokeDown;
}
