using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

public sealed class CreateServiceSpecificationInputType : TypedInputGraphType<ServiceSpecificationChanges>
{
    public CreateServiceSpecificationInputType()
    {
        Name = "CreateServiceSpecificationInput";
        Description = "A children's centre's service specification for a period, with the indicators it commits to.";
        Field<NonNullGraphType<IdGraphType>>("centreId").Description("The global id of the children's centre.");
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("The period's first day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd").Description("The period's last day; after periodStart, and not overlapping another of the centre's periods.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorTargetInputType>>>>("targets").Description("The indicators it commits to, each once.");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
