using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Pairings;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class MentoringPlanCommitType : DirectoryObjectGraphType<PlanCommit>
{
    public MentoringPlanCommitType()
    {
        Name = "MentoringPlanCommit";
        Description = "A committed mentoring plan: every new pair in it is now a PROPOSED pairing, waiting for the mentor's answer.";
        Field<NonNullGraphType<MentoringPlanType>>("plan").Resolve(ctx => ctx.Source.Plan).Description("The plan that was committed, as recomputed from the input.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentoringPairingType>>>>("proposed")
            .Description("The pairings created (pairs already proposed are not proposed twice).")
            .Resolve(ctx => ctx.Source.Proposed);
    }
}
