using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class StartMentoringPairingInputType : TypedInputGraphType<PairingStepInput>
{
    public StartMentoringPairingInputType()
    {
        Name = "StartMentoringPairingInput";
        Description = "Marks an accepted pairing as under way.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the accepted pairing.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
    }
}
