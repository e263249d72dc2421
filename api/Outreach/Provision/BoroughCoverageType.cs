using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class BoroughCoverageType : DirectoryObjectGraphType<BoroughCoverage>
{
    public BoroughCoverageType()
    {
        Name = "BoroughCoverage";
        Description =
            "Need and provision side by side across the borough: a cell for every service category × ward. Categories and wards are " +
            "those present in the needs or the organisations (so provision where nobody has identified need shows too).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCategoryType>>>>("serviceCategories")
            .Description("The matrix's rows, by id.")
            .Resolve(ctx => LoadedList.Of(ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById, ctx.Source.ServiceCategoryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WardType>>>>("wards")
            .Description("The matrix's columns, by id.")
            .Resolve(ctx => LoadedList.Of(ctx.RequestServices!.GetRequiredService<WardLoaders>().ById, ctx.Source.WardIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryWardCoverageType>>>>("cells")
            .Description("The cells row by row (categories by id), wards by id within a row.")
            .Argument<BooleanGraphType>("onlyUnserved", "Only the cells with need and nobody serving it.", a => a.DefaultValue = false)
            .Resolve(ctx => ctx.GetArgument<bool>("onlyUnserved") ? ctx.Source.Cells.Where(c => c.IsUnserved).ToList() : ctx.Source.Cells);
        Field<NonNullGraphType<IntGraphType>>("unservedCellCount")
            .Description("How many cells have need and nobody serving it.")
            .Resolve(ctx => ctx.Source.Cells.Count(c => c.IsUnserved));
        Field(b => b.FamiliesWithoutWard).Description("Families in needs recorded without a ward, which no cell can hold.");
    }
}
