using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>One field of a filter input: what it selects from the entity and which input type filters it.</summary>
public abstract record FilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType);

/// <summary>A scalar compared with operators (eq, in, gt, contains…).</summary>
public sealed record ScalarFilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType)
    : FilterField(Name, Description, Selector, InputGraphType);

/// <summary>A collection tested with some/none/all/any against its element's filter.</summary>
public sealed record ListFilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType, IFilterSpec Element)
    : FilterField(Name, Description, Selector, InputGraphType);

/// <summary>A single related object filtered with its own filter.</summary>
public sealed record ObjectFilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType, IFilterSpec Nested)
    : FilterField(Name, Description, Selector, InputGraphType);
