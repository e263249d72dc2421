using GraphQL.Types;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class CreateSupportPlanInputType : TypedInputGraphType<CreateSupportPlanInput>
{
    public CreateSupportPlanInputType()
    {
        Name = "CreateSupportPlanInput";
        Description = "A support plan to propose from the organisation's gaps for an aim.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation getting ready.");
        Field<NonNullGraphType<EnumerationGraphType<ReadinessAim>>>("aim").Description("What it is getting ready for.");
        Field<DateOnlyGraphType>("start").Description("When the plan starts (default: today).");
        Field<NonNullGraphType<DateOnlyGraphType>>("targetDate").Description($"After the start and at most {SupportPlanProposer.MaxMonths} months after it, else OUT_OF_RANGE.");
    }
}
