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
        Field(c => c.MenteesConsidered).Description("Organisations in scope with a need or a pinned mentor.");
        Field(c => c.PinnedPairings).Description("Existing pairings the plan keeps as they are.");
        Field(c => c.NewPairings).Description("Pairs the plan proposes that do not exist yet.");
        Field(c => c.UnmatchedMentees).Description("Mentees the plan leaves without a mentor.");
        Field(c => c.CandidateMentors).Description("Mentors eligible for at least one open mentee.");
        Field(c => c.CandidateArcs).Description("Eligible mentee–mentor pairs, every one of which the plan considers (the solver is handed only those that can improve it).");
    }
}
