using System.ComponentModel;

namespace VcsDirectory.Api.Mentoring.Pairings;

[Description("How a pairing ended.")]
public enum PairingOutcome
{
    [Description("It did what both sides wanted.")]
    Completed,

    [Description("It stopped early for reasons that say nothing against the pair (a move, funding).")]
    EndedEarly,

    [Description("It broke down: the pair is never proposed again.")]
    BrokeDown,
}
