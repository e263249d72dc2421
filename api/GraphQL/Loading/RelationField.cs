using GraphQL;
using GraphQL.DataLoader;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// A relation field as one field of the document asks it: the batch loader for its question (and, for a connection,
/// its page), worked out by the first parent that resolves it; every other parent only records its key.
/// </summary>
public sealed class RelationField<TChild>
    where TChild : class
{
    private readonly BatchLoader<int, IReadOnlyList<TChild>>? _lists;
    private readonly BatchLoader<int, Connection<TChild>>? _pages;

    private RelationField(BatchLoader<int, IReadOnlyList<TChild>>? lists, BatchLoader<int, Connection<TChild>>? pages) => (_lists, _pages) = (lists, pages);

    /// <summary>A plain list field: every parent's whole list.</summary>
    public static RelationField<TChild> Of(IResolveFieldContext context, Func<IServiceProvider, Relation<TChild>> relation) =>
        FieldQuestions.Of(context).GetOrAdd(context.FieldAst, context.FieldDefinition, () =>
            new RelationField<TChild>(relation(context.RequestServices!).LoaderFor(RelationQuery<TChild>.Create(context)), pages: null));

    /// <summary>A connection field, filtered and ordered like a root list when it takes <c>where</c> and <c>order</c>: each parent's page only.</summary>
    public static RelationField<TChild> OfConnection(IResolveFieldContext context, Func<IServiceProvider, Relation<TChild>> relation, IFilterSpec? filter = null, ISortSpec? sort = null) =>
        FieldQuestions.Of(context).GetOrAdd(context.FieldAst, context.FieldDefinition, () =>
            new RelationField<TChild>(lists: null, relation(context.RequestServices!).PagesFor(RelationQuery<TChild>.Create(context, filter, sort), RelationPage.Of(context))));

    public IDataLoaderResult<IReadOnlyList<TChild>> Load(int parentId) =>
        (_lists ?? throw new InvalidOperationException("A connection field: use LoadConnection.")).Load(parentId);

    /// <summary>The parent's page of the relation, as a connection.</summary>
    public IDataLoaderResult<object> LoadConnection(int parentId) =>
        (_pages ?? throw new InvalidOperationException("Not a connection field.")).Load(parentId).Then(page => (object)page);
}
