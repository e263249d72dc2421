using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class EndMentoringPairingInputType : TypedInputGraphType<PairingStepInput>
{
    public EndMentoringPairingInputType()
    {
        Name = "EndMentoringPairingInput";
        Description = "Ends an accepted or active pairing with its outcome.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the pairing to end.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<EnumerationGraphType<PairingOutcome>>>("outcome").Description("BROKE_DOWN keeps the pair from being proposed again.");
        Field<StringGraphType>("note").Description("How it went; at most 1000 characters.");
    }
}
