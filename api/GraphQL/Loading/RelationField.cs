using GraphQL;
using GraphQL.DataLoader;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// A relation field as one field of the document asks it: the batch loader for its question and its paging, worked
/// out by the first parent that resolves it; every other parent only records its key.
/// </summary>
public sealed class RelationField<TChild>
    where TChild : class
{
    private readonly BatchLoader<int, IReadOnlyList<TChild>> _loader;
    private readonly PagingArguments? _paging;

    private RelationField(BatchLoader<int, IReadOnlyList<TChild>> loader, PagingArguments? paging) => (_loader, _paging) = (loader, paging);

    /// <summary>A plain list field.</summary>
    public static RelationField<TChild> Of(IResolveFieldContext context, Func<IServiceProvider, Relation<TChild>> relation) =>
        FieldQuestions.Of(context).GetOrAdd(context.FieldAst, context.FieldDefinition, () =>
            new RelationField<TChild>(relation(context.RequestServices!).LoaderFor(RelationQuery<TChild>.Create(context)), paging: null));

    /// <summary>A connection field, filtered and ordered like a root list.</summary>
    public static RelationField<TChild> OfConnection(IResolveFieldContext context, Func<IServiceProvider, Relation<TChild>> relation, IFilterSpec filter, ISortSpec sort) =>
        FieldQuestions.Of(context).GetOrAdd(context.FieldAst, context.FieldDefinition, () =>
            new RelationField<TChild>(relation(context.RequestServices!).LoaderFor(RelationQuery<TChild>.Create(context, filter, sort)), PagingArguments.From(context)));

    public IDataLoaderResult<IReadOnlyList<TChild>> Load(int parentId) => _loader.Load(parentId);

    /// <summary>The parent's page of the relation, as a connection.</summary>
    public IDataLoaderResult<object> LoadConnection(int parentId)
    {
        var paging = _paging ?? throw new InvalidOperationException("Not a connection field.");
        return _loader.Load(parentId).Then(list => (object)list.ToConnection(paging));
    }
}
