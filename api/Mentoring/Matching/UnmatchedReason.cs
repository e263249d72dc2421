using System.ComponentModel;

namespace VcsDirectory.Api.Mentoring.Matching;

[Description("Why a plan leaves a mentee without a mentor.")]
public enum UnmatchedReason
{
    [Description("No organisation is eligible to mentor it at all.")]
    NoEligibleMentor,

    [Description("It had eligible mentors, but the plan needed all their free places for others.")]
    CapacityExhausted,
}
