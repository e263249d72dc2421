namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>How a pairing ended.</summary>
public enum PairingOutcome
{
    /// <summary>It did what both sides wanted.</summary>
    Completed,

    /// <summary>It stopped early for reasons that say nothing against the pair (a move, funding).</summary>
    EndedEarly,

    /// <summary>It broke down: the pair is never proposed again.</summary>
    BrokeDown,
}
