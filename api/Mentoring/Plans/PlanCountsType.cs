using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class PlanCountsType : DirectoryObjectGraphType<PlanCounts>
{
    public PlanCountsType()
    {
        Name = "PlanCounts";
        Description = "The size of the plan and of the problem it solved.";
        Field(c => c.MenteesConsidered);
        Field(c => c.PinnedPairings);
        Field(c => c.NewPairings);
        Field(c => c.UnmatchedMentees);
        Field(c => c.CandidateMentors);
        Field(c => c.CandidateArcs).Description("Mentee–mentor pairs handed to the min-cost-flow solver.");
    }
}
