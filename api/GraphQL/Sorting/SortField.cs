using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Sorting;

public sealed record SortField(string Name, string? Description, LambdaExpression Selector);
