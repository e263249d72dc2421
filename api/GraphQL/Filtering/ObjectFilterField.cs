using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>A single related object filtered with its own filter.</summary>
public sealed record ObjectFilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType, IFilterSpec Nested)
    : FilterField(Name, Description, Selector, InputGraphType);
