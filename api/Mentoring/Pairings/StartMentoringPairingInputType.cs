using GraphQL.Types;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class StartMentoringPairingInputType : InputObjectGraphType
{
    public StartMentoringPairingInputType()
    {
        Name = "StartMentoringPairingInput";
        Description = "Marks an accepted pairing as under way.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
    }
}
