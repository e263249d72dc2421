namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>The length of a parent's list, as a grouped count or a counter the database keeps gives it.</summary>
public sealed class ParentCount
{
    public int ParentId { get; init; }

    public int Count { get; init; }
}
