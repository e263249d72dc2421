using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// Connections over a parent's related list: each parent's page is read in SQL, for every parent of the level in one
/// statement (see <see cref="RelationPage"/>). Their loaders are given the parent's key, the only column they read.
/// </summary>
public static class RelationConnectionFields
{
    /// <summary>A connection over a relation, in the relation's own order.</summary>
    public static FieldBuilder<TSource, object> RelationConnection<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        Func<IServiceProvider, Relation<TNode>> relation,
        Func<TSource, int> parentKey)
        where TNodeType : IGraphType
        where TNode : class => type.Field<ConnectionGraphType<TNodeType>>(name)
            .Description(description)
            .WithPaging()
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<TNode>.OfConnection(ctx, relation).LoadConnection(parentKey(ctx.Source)));

    /// <summary>
    /// A connection over a relation that can be filtered and ordered like a root list: the arguments become part of
    /// the level's statement (one per distinct argument set per level).
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
        where TSort : SortSpec<TNode>, new() => type.Field<ConnectionGraphType<TNodeType>>(name)
            .Description(description)
            .WithPaging()
            .Argument<FilterInputGraphType<TFilter>>("where", "Only the nodes matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TSort>>>>("order", "The order of the nodes (default: as described above).")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<TNode>.OfConnection(ctx, relation, FilterSpecs<TFilter>.Instance, SortSpecs<TSort>.Instance).LoadConnection(parentKey(ctx.Source)));
}
