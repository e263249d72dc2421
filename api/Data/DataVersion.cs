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
}
