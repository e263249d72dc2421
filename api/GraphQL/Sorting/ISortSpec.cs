using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Sorting;

public interface ISortSpec
{
    string Name { get; }

    LambdaExpression Key { get; }

    IReadOnlyList<SortField> Fields { get; }
}
