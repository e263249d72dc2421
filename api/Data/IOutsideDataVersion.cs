namespace VcsDirectory.Api.Data;

/// <summary>
/// A record that is not directory data (a job's bookkeeping): saving it leaves the data version and the data
/// fingerprint alone, so nothing computed from the directory is treated as stale because of it.
/// </summary>
public interface IOutsideDataVersion;
