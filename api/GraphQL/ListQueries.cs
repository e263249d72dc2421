using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL;

/// <summary>The shape of every root list: a connection, filtered by <c>where</c> and sorted by <c>order</c>, in SQL.</summary>
public static class ListQueries
{
    public static FieldBuilder<object?, object> RootConnection<TNodeType, T, TFilter, TSort>(
        this ObjectGraphType query,
        string name,
        string description,
        Func<IResolveFieldContext, IQueryable<T>> source)
        where TNodeType : IGraphType
        where T : class
        where TFilter : FilterSpec<T>, new()
        where TSort : SortSpec<T>, new()
        => query.Field<ConnectionGraphType<TNodeType>>(name)
            .Description(description)
            .WithPaging()
            .Argument<FilterInputGraphType<TFilter>>("where", "Only the nodes matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TSort>>>>("order", "The order of the nodes (default: by id).")
            .ResolveAsync(async ctx => await source(ctx).FilteredAndSorted<T, TFilter, TSort>(ctx).Projected(ctx).ToConnectionAsync(ctx));

    /// <summary>Only the columns the selection reads (whole rows when a selected field's needs are unknown).</summary>
    public static IQueryable<T> Projected<T>(this IQueryable<T> query, IResolveFieldContext context)
        where T : class
        => Projections.For<T>(context) is { } projection ? query.Select(projection.Selector) : query;

    public static IQueryable<T> FilteredAndSorted<T, TFilter, TSort>(this IQueryable<T> query, IResolveFieldContext context)
        where TFilter : FilterSpec<T>, new()
        where TSort : SortSpec<T>, new()
    {
        if (context.GetArgument<object?>("where") is IDictionary<string, object?> where)
        {
            query = query.Where(FilterExpressionBuilder.Build<T>(FilterSpecs<TFilter>.Instance, where));
        }

        var order = (context.GetArgument<object?>("order") as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>();
        return SortApplier.Apply(query, SortSpecs<TSort>.Instance, order);
    }
}
