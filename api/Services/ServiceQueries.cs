using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Services.Search;

namespace VcsDirectory.Api.Services;

public static class ServiceQueries
{
    public static void AddServiceQueries(this ObjectGraphType query)
    {
        query.Field<ConnectionGraphType<ServiceType>>("services")
            .Description("Services in the directory. With `search` (full-text, in the database), those whose name matches come first, then the rest; within each, by `order` when given, else by relevance.")
            .WithPaging()
            .Argument<StringGraphType>("search", $"Words to look for in names and descriptions, as in a web search: \"a phrase\", `or`, `-excluded` (at most {ServiceSearch.MaxLength} characters).")
            .Argument<GraphQL.Filtering.FilterInputGraphType<ServiceFilter>>("where", "Only the nodes matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<GraphQL.Sorting.SortInputGraphType<ServiceSort>>>>("order", "The order of the nodes (default: by id, or by relevance with `search`).")
            .WithNearArgument()
            .Argument<IntGraphType>("ageMonths", "Only services for a child of this age in months.")
            .Argument<OpenOnInputType>("openOn", "Only services open on this day (and at this time).")
            .Argument<IdGraphType>("deliveredAt", "Only services delivered at this children's centre.")
            .Argument<DateTimeGraphType>("modifiedAfter", "Only services changed after this instant.")
            .ResolveAsync(async ctx => await ServiceListQuery.Run(ctx, ctx.RequestServices!.GetRequiredService<DirectoryDbContext>()).ToConnectionAsync(ctx));

        query.Field<ServiceType>("service")
            .Description("One service by its global id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The service's global id.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ServiceLoaders>().ById
                .Load(GlobalId.DecodeFor(ctx.GetArgument<string>("id"), "Service", "id")));
    }
}
