using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("Int");
