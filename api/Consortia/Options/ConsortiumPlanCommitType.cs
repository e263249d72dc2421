using GraphQL.Types;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumPlanCommitType : DirectoryObjectGraphType<ConsortiumPlanCommit>
{
    public ConsortiumPlanCommitType()
    {
        Name = "ConsortiumPlanCommit";
        Description = "A committed borough plan: each of its consortia is now on record, FORMING, its lead a member and its other members invited.";
        Field<NonNullGraphType<ConsortiumPlanType>>("plan").Description("The plan that was committed, as recomputed from the input.").Resolve(ctx => ctx.Source.Plan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumType>>>>("created")
            .Description("The consortia created, by centre; a centre that already has an open consortium of this kind and purpose gets no second one.")
            .Resolve(ctx => ctx.Source.Created);
    }
}
