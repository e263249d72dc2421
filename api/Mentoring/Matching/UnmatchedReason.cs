namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Why a plan leaves a mentee without a mentor.</summary>
public enum UnmatchedReason
{
    /// <summary>No organisation is eligible to mentor it at all.</summary>
    NoEligibleMentor,

    /// <summary>It had eligible mentors, but the plan needed all their free places for others.</summary>
    CapacityExhausted,
}
