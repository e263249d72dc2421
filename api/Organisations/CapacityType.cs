using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class CapacityType : DirectoryObjectGraphType<OrganisationCapacity>
{
    public CapacityType()
    {
        Name = "Capacity";
        Description = "An area an organisation is strong in.";
        Field<NonNullGraphType<CapacityAreaType>>("area").Description("The capacity area it is strong in.")
            // Loaded with the row by the organisation's loader; the batch loader serves rows read any other way.
            .ProjectsNavigation(x => x.CapacityArea, ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().CapacityAreaById.Load(ctx.Source.CapacityAreaId));
        Field(c => c.Strength).Description("1: some experience; 2: solid practice; 3: strong enough to teach it.");
        Field(c => c.Note, nullable: true).Description("Its own words on this strength, if any.");
    }
}
