using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class DeliverServiceAtCentreInputType : TypedInputGraphType<DeliverServiceAtCentreInput>
{
    public DeliverServiceAtCentreInputType()
    {
        Name = "DeliverServiceAtCentreInput";
        Description = "Starts or stops delivering a service at a children's centre.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The service.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<NonNullGraphType<IdGraphType>>("centreId").Description("The global id of the children's centre.");
        Field<BooleanGraphType>("delivered").Description("True (default) to deliver it there, false to stop.");
    }
}
