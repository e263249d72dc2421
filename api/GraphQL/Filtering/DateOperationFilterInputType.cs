using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class DateOperationFilterInputType() : ComparableOperationFilterInputType<DateOnlyGraphType>("Date");
