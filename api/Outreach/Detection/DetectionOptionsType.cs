using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Detection;

public sealed class DetectionOptionsType : DirectoryObjectGraphType<DetectedNeedClusterList>
{
    public DetectionOptionsType()
    {
        Name = "DetectionOptions";
        Description = "The options a detection ran with, defaults filled in.";
        Field<NonNullGraphType<FloatGraphType>>("epsMetres").Description("The neighbourhood radius, in metres, as given or as chosen from the data.").Resolve(ctx => ctx.Source.Used.EpsMetres);
        Field<NonNullGraphType<IntGraphType>>("minFamilies").Description("The families a core neighbourhood holds at least, as given or as chosen from the data.").Resolve(ctx => ctx.Source.Used.MinFamilies);
        Field<NonNullGraphType<BooleanGraphType>>("chosenFromData")
            .Description(
                "True when neither epsMetres nor minFamilies was given, so both were chosen from the needs' own density (several times what evenly spread " +
                "need would put in a neighbourhood, and more than chance would) and only core neighbourhoods were clustered, without DBSCAN's border needs. " +
                "Passing the reported epsMetres and minFamilies runs classic DBSCAN with them.")
            .Resolve(ctx => ctx.Source.Used.ChosenFromData);
        Field<NonNullGraphType<FloatGraphType>>("dominantCategoryMinShare")
            .Description("The share of a cluster's families a category needs to be dominant (the largest category always is).")
            .Resolve(ctx => ctx.Source.Request.Clustering.DominantCategoryMinShare);
        Field<ListGraphType<NonNullGraphType<ServiceCategoryType>>>("serviceCategories")
            .Description("The service categories the needs were restricted to; null when every category was considered.")
            .Resolve(ctx => ctx.Source.Request.Selection.ServiceCategoryIds is { } ids
                ? LoadedList.Of(ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById, ids.Order())
                : null);
        Field<ListGraphType<NonNullGraphType<WardType>>>("wards")
            .Description("The wards the needs were restricted to; null when every ward was considered.")
            .Resolve(ctx => ctx.Source.Request.Selection.WardIds is { } ids
                ? LoadedList.Of(ctx.RequestServices!.GetRequiredService<WardLoaders>().ById, ids.Order())
                : null);
        Field<DateOnlyGraphType>("recordedSince").Description("The earliest day a need was recorded on, if restricted.").Resolve(ctx => ctx.Source.Request.Selection.RecordedSince);
        Field<NonNullGraphType<FloatGraphType>>("coverageRadiusKm").Description("How far coverage looked, in km.").Resolve(ctx => ctx.Source.Request.CoverageRadiusKm);
    }
}
