using System.Linq.Expressions;
using System.Text.Json;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>A nested list's <c>where</c> and <c>order</c>, applied in SQL to the children of every parent in the batch.</summary>
public sealed class RelationQuery<TChild>(IFilterSpec filter, ISortSpec sort, IDictionary<string, object?>? where, IReadOnlyList<IDictionary<string, object?>>? order)
{
    private static readonly Expression<Func<ParentChild<TChild>, TChild>> ToChild = pair => pair.Child;

    /// <summary>Parents asking the same question share one loader, so one query per distinct argument set.</summary>
    public string Key { get; } = JsonSerializer.Serialize(new object?[] { where, order });

    public IQueryable<ParentChild<TChild>> Apply(IQueryable<ParentChild<TChild>> pairs)
    {
        if (where is not null)
        {
            pairs = pairs.Where(FilterExpressionBuilder.Build<ParentChild<TChild>>(filter, where, ToChild));
        }

        return order is { Count: > 0 } ? SortApplier.Apply(pairs, sort, order, ToChild) : pairs;
    }
}
