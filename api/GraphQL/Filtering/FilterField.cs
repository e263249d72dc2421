using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>One field of a filter input: what it selects from the entity and which input type filters it.</summary>
public abstract record FilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType);
