using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class WithdrawServiceInputType : TypedInputGraphType<WithdrawServiceInput>
{
    public WithdrawServiceInputType()
    {
        Name = "WithdrawServiceInput";
        Description = "Withdraws a service: it stays in the directory as INACTIVE, with its history.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the service to withdraw.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
    }
}
