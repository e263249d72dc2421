using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumAlternativeType : DirectoryObjectGraphType<ConsortiumAlternative>
{
    public ConsortiumAlternativeType()
    {
        Name = "ConsortiumAlternative";
        Description = "One proposed consortium for a centre: its lead and members with the reasons, what it leaves uncovered, and its objective.";
        Field(a => a.Rank).Description("1 for the best; each next one is the exact optimum over every member set but the ones before it.");
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre it is for.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(a => a.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumKind>>)).Description("COMMUNITY or LEAD_PARTNER.");
        Field<NonNullGraphType<OrganisationType>>("lead").Description("The organisation that would lead it.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.LeadId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumOptionMemberType>>>>("members").Description("The lead first, then the members by id.")
            .Resolve(ctx => ctx.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UncoveredCategoryType>>>>("uncoveredCategories")
            .Description("The required categories no member covers, each with what would unlock it.")
            .Resolve(ctx => ctx.Source.UncoveredCategories);
        Field<NonNullGraphType<ConsortiumObjectiveType>>("objective").Description("Its objective, compared lexicographically.").Resolve(ctx => ctx.Source.Objective);
        Field(a => a.Summary).Description("The objective in one sentence.");
    }
}
