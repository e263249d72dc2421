namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The size of a plan and of the problem it solved.</summary>
/// <param name="MenteesConsidered">Organisations in scope with a need or a pinned mentor.</param>
/// <param name="CandidateMentors">Mentors eligible for at least one open mentee (and kept, with a K).</param>
/// <param name="CandidateArcs">Mentee–mentor pairs handed to the solver.</param>
public sealed record PlanCounts(
    int MenteesConsidered,
    int PinnedPairings,
    int NewPairings,
    int UnmatchedMentees,
    int CandidateMentors,
    int CandidateArcs);
