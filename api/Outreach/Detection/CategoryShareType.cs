using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Detection;

public sealed class CategoryShareType : DirectoryObjectGraphType<CategoryShare>
{
    public CategoryShareType()
    {
        Name = "CategoryShare";
        Description = "A service category's part of a cluster: the families whose need is in it, and their share of the cluster's families.";
        Field<NonNullGraphType<ServiceCategoryType>>("serviceCategory")
            .Description("The category.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById.Load(ctx.Source.ServiceCategoryId));
        Field(c => c.FamiliesAffected).Description("Families with a need in this category (a family with needs in two categories counts in both).");
        Field(c => c.Share).Description("Those families' share of the cluster's families, 0 to 1.");
    }
}
