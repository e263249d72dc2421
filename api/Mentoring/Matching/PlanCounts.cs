namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The size of a plan and of the problem it solved.</summary>
/// <param name="MenteesConsidered">Organisations in scope with a need or a pinned mentor.</param>
/// <param name="CandidateMentors">Mentors eligible for at least one open mentee.</param>
/// <param name="CandidateArcs">Eligible (mentee, mentor) pairs among the open mentees.</param>
/// <param name="ArcsSolved">Of those, the pairs the flow solver was given in its last round.</param>
/// <param name="SolverRounds">Flow solves: more than one when pricing found left-out pairs that could improve the plan.</param>
/// <param name="StoredArcs">Of the candidate arcs, those held in memory: each mentee's best, within an arc budget.</param>
/// <param name="RescoredPairs">Candidate pairs not stored that were scored again to price them.</param>
/// <param name="RecoveredArcs">Of those, the arcs that could improve the plan, stored and given to the solver.</param>
public sealed record PlanCounts(
    int MenteesConsidered,
    int PinnedPairings,
    int NewPairings,
    int UnmatchedMentees,
    int CandidateMentors,
    int CandidateArcs,
    int ArcsSolved,
    int SolverRounds,
    int StoredArcs,
    long RescoredPairs,
    int RecoveredArcs);
