namespace VcsDirectory.Api.Data;

/// <summary>
/// The directory's data version: one row whose value moves in the same transaction as every write saved through
/// <see cref="DirectoryDbContext"/>, so that in-memory snapshots keyed by it are never stale on any instance.
/// </summary>
public sealed class DataVersion
{
    /// <summary>The only row's key.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    public long Value { get; set; }

    /// <summary>
    /// Drawn at random when the database is created (by the migration that added it), never changed: versions count
    /// from the start in every database, so two databases at one version (a directory re-created with other data, a
    /// test's second database) are told apart by this. A copy of the database keeps it, with the data it names.
    /// </summary>
    public string Epoch { get; set; } = "";
}
