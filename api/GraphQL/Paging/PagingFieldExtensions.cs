using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL.Paging;

public static class PagingFieldExtensions
{
    /// <summary>Adds Relay's <c>first/after/last/before</c>, documented with the cap.</summary>
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"The first n nodes after 'after' (0 to {PagingArguments.MaxPageSize}; default {PagingArguments.DefaultPageSize}).")
        .Argument<StringGraphType>("after", "A cursor: start after this node.")
        .Argument<IntGraphType>("last", $"The last n nodes before 'before' (0 to {PagingArguments.MaxPageSize}).")
        .Argument<StringGraphType>("before", "A cursor: end before this node.");

    /// <summary>
    /// A connection over a relation loaded in one batch for every parent on the page; it is paged in
    /// memory, in the order the loader returns it. Its loader is given the parent's key, the only column it reads.
    /// </summary>
    public static FieldBuilder<TSource, object> RelationConnection<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        Func<IResolveFieldContext<TSource>, IDataLoaderResult<IReadOnlyList<TNode>>> load)
        where TNodeType : IGraphType => type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .WithPaging()
            .ReadsKeyOnly()
            .Resolve(ctx =>
            {
                var arguments = PagingArguments.From(ctx);
                return load(ctx).Then(list => (object)list.ToConnection(arguments));
            });

    /// <summary>
    /// A connection over a relation that can be filtered and ordered like a root list: the arguments become part of
    /// the batch's one SQL query (one query per distinct argument set per level), then each parent's list is paged.
    /// </summary>
    public static FieldBuilder<TSource, object> RelationConnection<TSource, TNodeType, TNode, TFilter, TSort>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        Func<IServiceProvider, Relation<TNode>> relation,
        Func<TSource, int> parentKey)
        where TNodeType : IGraphType
        where TNode : class
        where TFilter : FilterSpec<TNode>, new()
        where TSort : SortSpec<TNode>, new() => type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .WithPaging()
            .Argument<FilterInputGraphType<TFilter>>("where", "Only the nodes matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TSort>>>>("order", "The order of the nodes (default: as described above).")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<TNode>.OfConnection(ctx, relation, FilterSpecs<TFilter>.Instance, SortSpecs<TSort>.Instance).LoadConnection(parentKey(ctx.Source)));
}
