namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>One snapshot of the directory as the matching algorithms see it: index, history, rules and scorer, built once.</summary>
public sealed class MatchingPool
{
    public MatchingPool(IEnumerable<MatchingOrganisation> organisations, MentoringHistory history, MatchingWeights weights)
    {
        Index = new CandidateIndex(organisations);
        Eligibility = new MentorEligibility(history);
        Scorer = new MatchScorer(weights);
    }

    public CandidateIndex Index { get; }

    public MentoringHistory History => Eligibility.History;

    public MentorEligibility Eligibility { get; }

    public MatchScorer Scorer { get; }
}
