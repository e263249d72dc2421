using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class RespondToMentoringPairingInputType : TypedInputGraphType<PairingStepInput>
{
    public RespondToMentoringPairingInputType()
    {
        Name = "RespondToMentoringPairingInput";
        Description = "The mentor's answer to a proposal.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the proposed pairing.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<BooleanGraphType>>("accept").Description("True to accept, false to decline (a declined pair is not proposed again).");
        Field<StringGraphType>("note").Description("The answer; at most 1000 characters.");
    }
}
