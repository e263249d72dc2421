using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumPlanType : DirectoryObjectGraphType<BoroughConsortiumPlan>
{
    public ConsortiumPlanType()
    {
        Name = "ConsortiumPlan";
        Description = "One consortium for every centre that can have one, no organisation in more than the limit, chosen exactly (CP-SAT) for the builder's objective summed over the centres.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumAlternativeType>>>>("consortia").Description("One per centre formed, by centre id.")
            .Resolve(ctx => ctx.Source.Consortia);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnformedCentreType>>>>("unformed").Description("The centres given none, each with the reason.")
            .Resolve(ctx => ctx.Source.Unformed);
        Field<NonNullGraphType<ConsortiumObjectiveType>>("objective").Description("The objective summed over the centres formed.").Resolve(ctx => ctx.Source.Objective);
    }
}
