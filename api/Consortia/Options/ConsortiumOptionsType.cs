using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumOptionsType : DirectoryObjectGraphType<ConsortiumOptions>
{
    public ConsortiumOptionsType()
    {
        Name = "ConsortiumOptions";
        Description = "The builder's ranked consortia for one centre, or why none can form.";
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(o => o.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumKind>>)).Description("The kind asked for.");
        Field(o => o.RequiredCategories).Description("The categories to cover: the centre's required service categories, by code.");
        Field(o => o.CandidateCount).Description("Organisations that may join this kind of consortium for the centre.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumAlternativeType>>>>("alternatives")
            .Description("Best first; empty when no consortium can form.").Resolve(ctx => ctx.Source.Alternatives);
        Field(o => o.NoConsortiumReason, nullable: true).Description("Why no consortium can form, in one sentence; null when one can.");
    }
}
