using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class ExcludeMentoringPairInputType : TypedInputGraphType<ExcludeMentoringPairInput>
{
    public ExcludeMentoringPairInputType()
    {
        Name = "ExcludeMentoringPairInput";
        Description = "Two organisations that must never be suggested or proposed as a mentoring pair, in either direction.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("One organisation (the caller must act for it, or be CVS staff).");
        Field<NonNullGraphType<IdGraphType>>("otherOrganisationId").Description("The other organisation.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in 1 to 500 characters (a conflict of interest, a history); seen by CVS staff in the audit trail.");
    }
}
