using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class ProposeMentoringPairingInputType : TypedInputGraphType<ProposeMentoringPairingInput>
{
    public ProposeMentoringPairingInputType()
    {
        Name = "ProposeMentoringPairingInput";
        Description = "A proposal that one organisation mentors another.";
        Field<NonNullGraphType<IdGraphType>>("menteeId").Description("The organisation that wants a mentor.");
        Field<NonNullGraphType<IdGraphType>>("mentorId").Description("The organisation proposed as its mentor.");
        Field<StringGraphType>("note").Description("What the mentee hopes for; at most 1000 characters.");
    }
}
