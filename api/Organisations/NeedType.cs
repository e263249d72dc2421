using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class NeedType : DirectoryObjectGraphType<OrganisationNeed>
{
    public NeedType()
    {
        Name = "Need";
        Description = "An area an organisation needs help with.";
        Field<NonNullGraphType<CapacityAreaType>>("area").Description("The capacity area it needs help with.")
            // Loaded with the row by the organisation's loader; the batch loader serves rows read any other way.
            .ProjectsNavigation(x => x.CapacityArea, ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().CapacityAreaById.Load(ctx.Source.CapacityAreaId));
        Field(n => n.Priority).Description("1: would help; 2: important; 3: urgent.");
        Field(n => n.Note, nullable: true).Description("Its own words on this need, if any.");
    }
}
