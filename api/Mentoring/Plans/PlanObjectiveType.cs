using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class PlanObjectiveType : DirectoryObjectGraphType<PlanObjective>
{
    public PlanObjectiveType()
    {
        Name = "PlanObjective";
        Description = "What the plan optimised, in this order.";
        Field(o => o.MatchedMentees).Description("Mentees with a mentor (kept pairings included): as many as possible.");
        Field(o => o.TotalScore).Description("The sum of the pairs' scores: then as high as possible.");
    }
}
