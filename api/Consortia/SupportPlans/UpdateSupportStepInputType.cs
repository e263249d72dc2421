using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class UpdateSupportStepInputType : TypedInputGraphType<UpdateSupportStepInput>
{
    public UpdateSupportStepInputType()
    {
        Name = "UpdateSupportStepInput";
        Description = "Links a step to the mentoring pairing it is done through, or marks a training or advice step done or not done.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the support plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<NonNullGraphType<StringGraphType>>("area").Description("The step's capacity area code.");
        Field<BooleanGraphType>("done").Description("Done or not; refused for a step linked to a pairing, which is done when the pairing ends COMPLETED.");
        Field<IdGraphType>("pairingId").Description("A mentoring pairing whose mentee is the plan's organisation; the step becomes a MENTORING step, done when it ends COMPLETED. Null unlinks it.");
    }
}
