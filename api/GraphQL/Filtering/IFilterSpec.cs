namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>A filter input type seen without its entity type, as the graph types and the expression builder read it.</summary>
public interface IFilterSpec
{
    string Name { get; }

    string Description { get; }

    IReadOnlyList<FilterField> Fields { get; }
}
