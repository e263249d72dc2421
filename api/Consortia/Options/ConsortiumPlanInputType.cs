using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumPlanInputType : TypedInputGraphType<ConsortiumPlanInput>
{
    public ConsortiumPlanInputType()
    {
        Name = "ConsortiumPlanInput";
        Description = "What to plan across the borough: one consortium of this kind for every centre that can have one. The same input on the same data gives the same plan.";
        Field<NonNullGraphType<EnumerationGraphType<ConsortiumKind>>>("kind").Description("COMMUNITY or LEAD_PARTNER.");
        Field<EnumerationGraphType<ConsortiumPurpose>>("purpose").Description("What the consortia would be for (default DELIVER_SERVICES); the rules are the same, commitConsortiumPlan records it.");
        Field<IntGraphType>("maxConsortiaPerOrganisation").Description($"No organisation in more than this many of the plan's consortia (default 1, 1 to {ConsortiumQueryLimits.MaxConsortiaPerOrganisation}).");
        Field<FloatGraphType>("radiusKm").Description($"As for consortiumOptions (default {ConsortiumRequest.DefaultRadiusKm}, at most {ConsortiumQueryLimits.MaxRadiusKm}).");
    }
}
