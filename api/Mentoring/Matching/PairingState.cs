using System.ComponentModel;

namespace VcsDirectory.Api.Mentoring.Matching;

[Description("Where a mentoring pairing stands.")]
public enum PairingState
{
    [Description("Suggested to both sides; holds no place until accepted.")]
    Proposed,

    [Description("Both sides have agreed; it takes one of the mentor's places.")]
    Accepted,

    [Description("Mentoring is under way.")]
    Active,

    [Description("One side said no before it began.")]
    Declined,

    [Description("It began and has ended; see its outcome.")]
    Ended,
}
