using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.HotSpots;

public static class HotSpotQueries
{
    public static void AddHotSpotQueries(this ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<WardHotSpotType>>>("wardHotSpots")
            .Description(
                "Getis–Ord Gi* over the borough's wards for one service category: does a ward stand out, or only look busy? Every ward, " +
                "hottest first (z-score, then ward id). With 16 wards the normal approximation is rough: read the bins as a guide.")
            .Argument<NonNullGraphType<StringGraphType>>("serviceCategory", "The category's code, e.g. SEND; an unknown code is an INVALID_ARGUMENT error.")
            .Argument<HotSpotNeighbourhoodInputType>("neighbourhood", $"Which wards are neighbours; omitted: within {HotSpotNeighbourhoodInputType.DefaultWithinKm} km.")
            .ResolveAsync(async ctx =>
            {
                var neighbours = HotSpotNeighbourhoodInputType.Parse(ctx.GetArgument<object?>("neighbourhood") as IDictionary<string, object?>);
                var data = ctx.RequestServices!.GetRequiredService<NeedMapData>();
                var lookups = await data.LookupsAsync(ctx.CancellationToken);
                var category = NeedMapArguments.ServiceCategoryId(lookups, ctx.GetArgument<string>("serviceCategory"), "serviceCategory");
                var needs = await data.NeedsAsync(new NeedSelection(ServiceCategoryIds: [category]), ctx.CancellationToken);
                var wards = HotSpotAnalysis.FamiliesByWard(needs, lookups.WardCentroids, category);
                return HotSpotAnalysis.GetisOrdGiStar(wards, neighbours).OrderByDescending(h => h.ZScore).ThenBy(h => h.WardId).ToList();
            });
}
