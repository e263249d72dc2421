using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>One step of the lifecycle: from which states, to which, and whether only the mentor's side may take it.</summary>
public sealed record PairingTransition(string Action, PairingState[] From, PairingState To, bool MentorSideOnly, string PastTense)
{
    public static PairingTransition Accept { get; } = new("acceptMentoringPairing", [PairingState.Proposed], PairingState.Accepted, true, "accepted");

    public static PairingTransition Decline { get; } = new("declineMentoringPairing", [PairingState.Proposed], PairingState.Declined, true, "declined");

    public static PairingTransition Start { get; } = new("startMentoringPairing", [PairingState.Accepted], PairingState.Active, false, "started");

    public static PairingTransition End { get; } = new("endMentoringPairing", [PairingState.Accepted, PairingState.Active], PairingState.Ended, false, "ended");
}
