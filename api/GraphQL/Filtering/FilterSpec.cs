using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>
/// Declares which fields of <typeparamref name="T"/> a <c>where</c> argument can filter on; the input
/// type and the SQL both come from this one declaration (HotChocolate's filtering convention).
/// </summary>
public abstract class FilterSpec<T> : IFilterSpec
{
    private readonly List<FilterField> _fields = [];

    protected FilterSpec(string name, string description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<FilterField> Fields => _fields;

    protected void Field<TValue>(string name, Expression<Func<T, TValue>> selector, string? description = null) =>
        _fields.Add(new ScalarFilterField(name, description, selector, OperatorInputTypes.For(typeof(TValue))));

    protected void List<TElement, TElementSpec>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, string? description = null)
        where TElementSpec : FilterSpec<TElement>, new() =>
        _fields.Add(new ListFilterField(name, description, selector, typeof(ListFilterInputGraphType<TElementSpec>), FilterSpecs<TElementSpec>.Instance));

    protected void Nested<TObject, TObjectSpec>(string name, Expression<Func<T, TObject>> selector, string? description = null)
        where TObjectSpec : FilterSpec<TObject>, new() =>
        _fields.Add(new ObjectFilterField(name, description, selector, typeof(FilterInputGraphType<TObjectSpec>), FilterSpecs<TObjectSpec>.Instance));
}
