using System.ComponentModel;

namespace VcsDirectory.Api.Mentoring.Pairings;

[Description("Who proposed a pairing.")]
public enum PairingOrigin
{
    [Description("A coordinator of the mentee (or CVS staff on its behalf).")]
    Coordinator,

    [Description("A borough-wide mentoring plan committed by CVS staff.")]
    Plan,
}
