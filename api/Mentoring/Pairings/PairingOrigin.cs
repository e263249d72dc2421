namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>Who proposed a pairing.</summary>
public enum PairingOrigin
{
    /// <summary>A coordinator of the mentee (or CVS staff on its behalf).</summary>
    Coordinator,

    /// <summary>A borough-wide mentoring plan committed by CVS staff.</summary>
    Plan,
}
