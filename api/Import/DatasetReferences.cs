namespace VcsDirectory.Api.Import;

/// <summary>The codes and keys a dataset defines, which its other records may refer to.</summary>
public sealed record DatasetReferences(
    IReadOnlySet<string> Wards,
    IReadOnlySet<string> CapacityAreas,
    IReadOnlySet<string> ServiceCategories,
    IReadOnlySet<string> Organisations,
    IReadOnlySet<string> ChildrensCentres,
    IReadOnlySet<string> OutreachClusters);
