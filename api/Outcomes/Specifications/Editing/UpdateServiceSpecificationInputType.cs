using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

public sealed class UpdateServiceSpecificationInputType : TypedInputGraphType<ServiceSpecificationChanges>
{
    public UpdateServiceSpecificationInputType()
    {
        Name = "UpdateServiceSpecificationInput";
        Description = "Changes to a service specification: an omitted field is left as it is.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the specification.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<DateOnlyGraphType>("periodStart").Description("The period's first day.");
        Field<DateOnlyGraphType>("periodEnd").Description("The period's last day.");
        Field<ListGraphType<NonNullGraphType<IndicatorTargetInputType>>>("targets").Description("The indicators it commits to (replaces them all).");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records.");
    }
}
