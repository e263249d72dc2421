namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Where a mentoring pairing stands.</summary>
public enum PairingState
{
    /// <summary>Suggested to both sides; holds no place until accepted.</summary>
    Proposed,

    Accepted,

    Active,

    Declined,

    Ended,
}
