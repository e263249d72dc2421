namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>One instance of each spec for the process: specs are immutable declarations.</summary>
public static class FilterSpecs<TSpec>
    where TSpec : IFilterSpec, new()
{
    public static TSpec Instance { get; } = new();
}
