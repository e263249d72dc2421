using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class NeedType : ObjectGraphType<OrganisationNeed>
{
    public NeedType()
    {
        Name = "Need";
        Description = "An area an organisation needs help with.";
        Field<NonNullGraphType<CapacityAreaType>>("area")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().CapacityAreaById.Load(ctx.Source.CapacityAreaId).Then(a => (object?)a));
        Field(n => n.Priority).Description("1: would help; 2: important; 3: urgent.");
        Field(n => n.Note, nullable: true);
    }
}
