using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>A new cluster or changes to one: an omitted field is left as it is; null clears an optional one.</summary>
public sealed class OutreachClusterChanges : EditInput
{
    public Optional<string?> Name { get; set; }

    public Optional<LocationInput?> Centroid { get; set; }

    public Optional<string?> Description { get; set; }

    public Optional<string?> ChildrensCentreId { get; set; }

    public Optional<string?> OutreachSite { get; set; }

    public Optional<IReadOnlyList<string>?> Wards { get; set; }

    /// <summary>Identified needs to attach (creation only).</summary>
    public IReadOnlyList<string>? NeedIds { get; set; }

    /// <summary>Identified needs to attach (update): a need in another cluster moves to this one.</summary>
    public IReadOnlyList<string>? AddNeedIds { get; set; }

    /// <summary>Identified needs to detach (update): each must be in this cluster.</summary>
    public IReadOnlyList<string>? RemoveNeedIds { get; set; }

    public Optional<bool?> IsSynthetic { get; set; }
}
