using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType<LongGraphType>("Long");
