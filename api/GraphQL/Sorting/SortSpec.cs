using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Sorting;

/// <summary>Declares which fields an <c>order</c> argument sorts by; a final sort by key keeps pages stable.</summary>
public abstract class SortSpec<T> : ISortSpec
{
    private readonly List<SortField> _fields = [];

    protected SortSpec(string name, Expression<Func<T, int>> key)
    {
        Name = name;
        Key = key;
    }

    public string Name { get; }

    public LambdaExpression Key { get; }

    public IReadOnlyList<SortField> Fields => _fields;

    protected void Field<TValue>(string name, Expression<Func<T, TValue>> selector, string? description = null) =>
        _fields.Add(new SortField(name, description, selector));
}
