namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// A child row tagged with the parent it was loaded for. Built with member initialisation (not a constructor) so
/// EF Core can push a filter or an order on <see cref="Child"/> through the projection into SQL.
/// </summary>
public sealed class ParentChild<TChild>
{
    public int ParentId { get; init; }

    public TChild Child { get; init; } = default!;
}
