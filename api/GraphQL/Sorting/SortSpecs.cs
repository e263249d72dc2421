namespace VcsDirectory.Api.GraphQL.Sorting;

public static class SortSpecs<TSpec>
    where TSpec : ISortSpec, new()
{
    public static TSpec Instance { get; } = new();
}
