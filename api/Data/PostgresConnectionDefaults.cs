using System.Data.Common;
using Npgsql;

namespace VcsDirectory.Api.Data;

/// <summary>
/// What the directory adds to a PostgreSQL connection string the operator did not set otherwise. EF Core opens and
/// closes the connection around every statement, so by default each statement pays for Npgsql's pool reset
/// (<c>DISCARD ALL</c>) and is parsed and planned afresh. The directory's statements are few and repeated, and its
/// sessions carry no state of their own, so the connection is handed back as it is and its statements stay prepared.
/// </summary>
/// <remarks>
/// Safe because nothing here changes session state outside a transaction: no <c>SET</c>, temporary table,
/// <c>LISTEN</c> or session advisory lock (the migration lock is taken and released before the server listens),
/// and Npgsql still rolls back a transaction left open when the connection returns to the pool. Prepared statements
/// name their columns, so a migration that adds columns does not invalidate them. <c>PostgresSessionTests</c> proves
/// each of these against a real server. Any of the three set in <c>ConnectionStrings:Directory</c> wins.
/// </remarks>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 20;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(Normalised).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains(Normalised(nameof(builder.MaxAutoPrepare))))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!given.Contains(Normalised(nameof(builder.AutoPrepareMinUsages))))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!given.Contains(Normalised(nameof(builder.NoResetOnClose))))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>"Max Auto Prepare", "maxautoprepare" and "MaxAutoPrepare" are one key to Npgsql.</summary>
    private static string Normalised(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
