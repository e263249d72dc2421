namespace VcsDirectory.Api.Import;

/// <summary>
/// The directory's import format: everything the directory holds, cross-referenced by codes and keys
/// rather than database ids. The seed project writes it; any other source (a council's spreadsheet
/// export, another CVS's directory) can too. It is validated whole before anything is written.
/// </summary>
public sealed record DirectoryDataset
{
    public const int CurrentFormatVersion = 2;

    /// <summary>Version 1 had no services; it is still read (<see cref="DatasetUpgrade"/>).</summary>
    public const int OldestFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public required string Description { get; init; }

    public IReadOnlyList<WardRecord> Wards { get; init; } = [];

    public IReadOnlyList<TaxonomyTermRecord> CapacityAreas { get; init; } = [];

    public IReadOnlyList<TaxonomyTermRecord> ServiceCategories { get; init; } = [];

    public IReadOnlyList<OrganisationRecord> Organisations { get; init; } = [];

    public IReadOnlyList<ChildrensCentreRecord> ChildrensCentres { get; init; } = [];

    /// <summary>Since format version 2.</summary>
    public IReadOnlyList<ServiceRecord> Services { get; init; } = [];

    public IReadOnlyList<OutreachClusterRecord> OutreachClusters { get; init; } = [];

    public IReadOnlyList<IdentifiedNeedRecord> IdentifiedNeeds { get; init; } = [];

    public IReadOnlyList<EngagementEventRecord> EngagementEvents { get; init; } = [];

    public IReadOnlyList<ProgrammeThemeRecord> ProgrammeThemes { get; init; } = [];
}
