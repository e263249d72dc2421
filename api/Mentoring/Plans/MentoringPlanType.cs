using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class MentoringPlanType : DirectoryObjectGraphType<MentoringPlan>
{
    public MentoringPlanType()
    {
        Name = "MentoringPlan";
        Description = "A borough-wide mentoring plan: as many mentees matched as possible, then the highest total score, no mentor over its free places; accepted and active pairings kept.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedPairingType>>>>("pairings")
            .Description("Kept pairings first, then new ones, each by mentee.")
            .Resolve(ctx => ctx.Source.Pairings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnmatchedMenteeType>>>>("unmatched")
            .Description("Mentees the plan leaves without a mentor, and why.")
            .Resolve(ctx => ctx.Source.Unmatched);
        Field<NonNullGraphType<PlanObjectiveType>>("objective").Resolve(ctx => ctx.Source.Objective).Description("What the plan achieves, in the order it was optimised.");
        Field<NonNullGraphType<PlanCountsType>>("counts").Resolve(ctx => ctx.Source.Counts).Description("The size of the plan and of the problem it solved.");
    }
}
