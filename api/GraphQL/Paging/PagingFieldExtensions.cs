using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Loading;

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
    /// memory, in the order the loader returns it.
    /// </summary>
    public static FieldBuilder<TSource, object> RelationConnection<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        Func<IResolveFieldContext<TSource>, IDataLoaderResult<IReadOnlyList<TNode>>> load)
        where TNodeType : IGraphType => type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .WithPaging()
            .Resolve(ctx =>
            {
                var arguments = PagingArguments.From(ctx);
                return load(ctx).Then(list => (object)list.ToConnection(arguments));
            });
}
