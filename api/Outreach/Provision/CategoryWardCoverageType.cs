using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class CategoryWardCoverageType : DirectoryObjectGraphType<CategoryWardCoverage>
{
    public CategoryWardCoverageType()
    {
        Name = "CategoryWardCoverage";
        Description = "One cell of the borough matrix: the families with a need in a category in a ward, beside the organisations serving that ward with it.";
        Field<NonNullGraphType<ServiceCategoryType>>("serviceCategory")
            .Description("The category (the cell's row).")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById.Load(ctx.Source.ServiceCategoryId));
        Field<NonNullGraphType<WardType>>("ward")
            .Description("The ward (the cell's column).")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<WardLoaders>().ById.Load(ctx.Source.WardId));
        Field(c => c.FamiliesInNeed).Description("Families with an identified need in the category in the ward.");
        Field<NonNullGraphType<IntGraphType>>("providerCount")
            .Description("Organisations (not archived) that deliver the category and say they serve the ward.")
            .Resolve(ctx => ctx.Source.Providers);
        Field<NonNullGraphType<BooleanGraphType>>("isUnserved")
            .Description("Need and nobody serving it: the cells a planner looks at first.")
            .Resolve(ctx => ctx.Source.IsUnserved);
    }
}
