using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class FloatOperationFilterInputType() : ComparableOperationFilterInputType<FloatGraphType>("Float");
