using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Centres.Editing;

public sealed class LinkCentreOperatorInputType : TypedInputGraphType<LinkCentreOperatorInput>
{
    public LinkCentreOperatorInputType()
    {
        Name = "LinkCentreOperatorInput";
        Description = "Who runs a centre: an organisation, or the council.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The centre.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<IdGraphType>("operatorId").Description("The organisation that runs it; null: the council.");
    }
}
