namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The size of a plan and of the problem it solved.</summary>
/// <param name="MenteesConsidered">Organisations in scope with a need or a pinned mentor.</param>
/// <param name="CandidateMentors">Mentors eligible for at least one open mentee.</param>
/// <param name="CandidateArcs">Eligible (mentee, mentor) pairs among the open mentees.</param>
/// <param name="ArcsSolved">Of those, the pairs the flow solver was given in its last round.</param>
/// <param name="SolverRounds">Flow solves: more than one when pricing found left-out pairs that could improve the plan.</param>
public sealed record PlanCounts(
    int MenteesConsidered,
    int PinnedPairings,
    int NewPairings,
    int UnmatchedMentees,
    int CandidateMentors,
    int CandidateArcs,
    int ArcsSolved,
    int SolverRounds);
