namespace VcsDirectory.Api.Data;

/// <summary>The engines the directory runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
