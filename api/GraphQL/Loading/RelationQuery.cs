using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// What a nested list's field asks of its children, applied in SQL to the children of every parent in the batch:
/// its <c>where</c> and <c>order</c>, and the columns its selection reads.
/// </summary>
public sealed class RelationQuery<TChild>
    where TChild : class
{
    private static readonly Expression<Func<ParentChild<TChild>, TChild>> ToChild = pair => pair.Child;

    private readonly IFilterSpec? _filter;
    private readonly ISortSpec? _sort;
    private readonly IDictionary<string, object?>? _where;
    private readonly IReadOnlyList<IDictionary<string, object?>>? _order;
    private readonly Expression<Func<ParentChild<TChild>, ParentChild<TChild>>>? _projection;

    private RelationQuery(IFilterSpec? filter, ISortSpec? sort, IDictionary<string, object?>? where, IReadOnlyList<IDictionary<string, object?>>? order, Projection<TChild>? projection)
    {
        (_filter, _sort, _where, _order) = (filter, sort, where, order);
        _projection = projection is null ? null : Pairs(projection);
        Key = (where is null && order is null ? "" : JsonSerializer.Serialize(new object?[] { where, order })) + (projection?.Key ?? "*");
    }

    /// <summary>Parents asking the same question share one loader, so one query per distinct question.</summary>
    public string Key { get; }

    /// <summary>The question the current field asks: its <c>where</c> and <c>order</c> when it takes them, and its selection.</summary>
    public static RelationQuery<TChild> Create(IResolveFieldContext context, IFilterSpec? filter = null, ISortSpec? sort = null)
    {
        var where = filter is null ? null : context.GetArgument<object?>("where") as IDictionary<string, object?>;
        var order = sort is null ? null : (context.GetArgument<object?>("order") as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>().ToList();
        return new RelationQuery<TChild>(filter, sort, where, order is { Count: > 0 } ? order : null, Projections.For<TChild>(context));
    }

    /// <summary>The whole list of every parent: filtered, ordered, then cut to the columns the selection reads.</summary>
    public IQueryable<ParentChild<TChild>> Whole(IQueryable<ParentChild<TChild>> pairs, Func<IQueryable<ParentChild<TChild>>, IOrderedQueryable<ParentChild<TChild>>> defaultOrder) =>
        Project(Order(Filter(pairs), defaultOrder));

    /// <summary>Whether the question keeps only some of the list (its order and selection never change the list's length).</summary>
    public bool Filters => _where is not null;

    public IQueryable<ParentChild<TChild>> Filter(IQueryable<ParentChild<TChild>> pairs) =>
        _where is null ? pairs : pairs.Where(FilterExpressionBuilder.Build<ParentChild<TChild>>(_filter!, _where, ToChild));

    /// <summary>The client's order (ended by the key), or the relation's own when it names none.</summary>
    public IQueryable<ParentChild<TChild>> Order(IQueryable<ParentChild<TChild>> pairs, Func<IQueryable<ParentChild<TChild>>, IOrderedQueryable<ParentChild<TChild>>> defaultOrder) =>
        _order is null ? defaultOrder(pairs) : SortApplier.Apply(pairs, _sort!, _order, ToChild);

    /// <summary>Last, so the order may use columns the selection does not read.</summary>
    public IQueryable<ParentChild<TChild>> Project(IQueryable<ParentChild<TChild>> pairs) =>
        _projection is null ? pairs : pairs.Select(_projection);

    /// <summary>pair => new ParentChild { ParentId = pair.ParentId, Child = (the projection of pair.Child) }.</summary>
    private static Expression<Func<ParentChild<TChild>, ParentChild<TChild>>> Pairs(Projection<TChild> projection)
    {
        var pair = Expression.Parameter(typeof(ParentChild<TChild>), "pair");
        var child = Expression.Property(pair, nameof(ParentChild<TChild>.Child));
        var body = new Replace(projection.Selector.Parameters[0], child).Visit(projection.Selector.Body);
        return Expression.Lambda<Func<ParentChild<TChild>, ParentChild<TChild>>>(
            Expression.MemberInit(
                Expression.New(typeof(ParentChild<TChild>)),
                Expression.Bind(typeof(ParentChild<TChild>).GetProperty(nameof(ParentChild<TChild>.ParentId))!, Expression.Property(pair, nameof(ParentChild<TChild>.ParentId))),
                Expression.Bind(typeof(ParentChild<TChild>).GetProperty(nameof(ParentChild<TChild>.Child))!, body)),
            pair);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
