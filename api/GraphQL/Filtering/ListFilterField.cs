using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>A collection tested with some/none/all/any against its element's filter.</summary>
public sealed record ListFilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType, IFilterSpec Element)
    : FilterField(Name, Description, Selector, InputGraphType);
