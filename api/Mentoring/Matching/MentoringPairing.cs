namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>A pairing on record, past or present.</summary>
/// <param name="EndedBadly">Only meaningful when <paramref name="State"/> is Ended: the pairing broke down and must not be proposed again.</param>
public sealed record MentoringPairing(int MentorId, int MenteeId, PairingState State, bool EndedBadly = false)
{
    /// <summary>Accepted and Active pairings hold one of the mentor's places; Proposed ones do not.</summary>
    public bool HoldsPlace => State is PairingState.Accepted or PairingState.Active;
}
