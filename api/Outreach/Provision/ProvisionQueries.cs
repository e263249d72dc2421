using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Provision;

public static class ProvisionQueries
{
    public static void AddProvisionQueries(this ObjectGraphType query) =>
        query.Field<BoroughCoverageType>("boroughCoverage")
            .Description("The borough's service categories × wards: families in need beside the organisations serving each cell, unserved cells flagged.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("serviceCategories", "Only these categories (codes); omitted: every category.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("wards", "Only these wards (codes); omitted: every ward.")
            .ResolveAsync(async ctx =>
            {
                var data = ctx.RequestServices!.GetRequiredService<NeedMapData>();
                var lookups = await data.LookupsAsync(ctx.CancellationToken);
                var categories = NeedMapArguments.ServiceCategoryIds(lookups, NeedMapArguments.Codes(ctx.GetArgument<object?>("serviceCategories"), "serviceCategories"), "serviceCategories");
                var wards = NeedMapArguments.WardIds(lookups, NeedMapArguments.Codes(ctx.GetArgument<object?>("wards"), "wards"), "wards");
                var needs = await data.NeedsAsync(new NeedSelection(categories, wards), ctx.CancellationToken);
                var providers = (await data.ProvidersAsync(ctx.CancellationToken)).Select(p => Restricted(p, categories, wards));
                return BoroughCoverage.Build(needs, providers);
            });

    /// <summary>An organisation's provision within the matrix asked for: the categories and wards outside it would add rows and columns nobody asked about.</summary>
    private static ProviderPoint Restricted(ProviderPoint provider, IReadOnlyCollection<int>? categories, IReadOnlyCollection<int>? wards) => provider with
    {
        ServiceCategoryIds = categories is null ? provider.ServiceCategoryIds : provider.ServiceCategoryIds.Where(categories.Contains).ToHashSet(),
        WardIds = wards is null ? provider.WardIds : provider.WardIds.Where(wards.Contains).ToHashSet(),
    };
}
