using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>A scalar compared with operators (eq, in, gt, contains…).</summary>
public sealed record ScalarFilterField(string Name, string? Description, LambdaExpression Selector, Type InputGraphType)
    : FilterField(Name, Description, Selector, InputGraphType);
