using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class CategoryCoverageType : DirectoryObjectGraphType<CategoryCoverage>
{
    public CategoryCoverageType()
    {
        Name = "CategoryCoverage";
        Description = "One category a cluster needs and whether anyone within reach delivers it.";
        Field<NonNullGraphType<ServiceCategoryType>>("serviceCategory")
            .Description("The category.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById.Load(ctx.Source.ServiceCategoryId));
        Field(c => c.Share).Description("Its share of the cluster's families, 0 to 1.");
        Field<NonNullGraphType<IntGraphType>>("providerCount")
            .Description("Organisations within reach that deliver it (they are among the coverage's `providers`).")
            .Resolve(ctx => ctx.Source.OrganisationIds.Count);
        Field(c => c.OfferedByNearestCentre).Description("True when the nearest centre is within the radius and offers it.");
        Field<NonNullGraphType<BooleanGraphType>>("isGap")
            .Description("True when no organisation within reach delivers it and the nearest centre within the radius does not offer it.")
            .Resolve(ctx => ctx.Source.IsGap);
    }
}
