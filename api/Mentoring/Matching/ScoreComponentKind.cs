using System.ComponentModel;

namespace VcsDirectory.Api.Mentoring.Matching;

[Description("The parts a match score is the weighted sum of.")]
public enum ScoreComponentKind
{
    [Description("The share of the mentee's needs, weighted by priority, in which the mentor is strong (2 or more).")]
    NeedCoverage,
    [Description("The share of the service categories either offers that both offer.")]
    SharedServices,
    [Description("How near they work: a shared ward, distance between them, or both.")]
    Locality,
    [Description("How well the mentor's size band suits the mentee's: one or two bands larger fits best.")]
    SizeGap,
}
