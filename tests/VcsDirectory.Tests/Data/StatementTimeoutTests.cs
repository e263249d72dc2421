using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// A statement that would never end by itself is stopped, on both engines: by its request's cancellation (SQLite:
/// sqlite3_interrupt through <c>SqliteInterrupt</c>; PostgreSQL: Npgsql's cancel request), and, with no cancellation at
/// all, by <c>Database:StatementTimeoutSeconds</c>. The connection answers the next statement. No timing is asserted:
/// the statement counts forever, so finishing at all proves it was stopped.
/// </summary>
public sealed class StatementTimeoutTests : IClassFixture<DirectoryApiFactory>
{
    /// <summary>An endless recursive count: constant memory, never an answer.</summary>
    private const string Endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) AS \"Value\" FROM c";

    private readonly DirectoryApiFactory _factory;

    public StatementTimeoutTests(DirectoryApiFactory factory)
    {
        _factory = factory;
        _factory.Settings["Database:StatementTimeoutSeconds"] = "2";
    }

    [Fact]
    public async Task A_cancelled_request_stops_its_statement_and_the_connection_answers_the_next_one()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Database.OpenConnectionAsync();
        using var request = new CancellationTokenSource();
        request.CancelAfter(TimeSpan.FromMilliseconds(200));

        var stopped = await Record.ExceptionAsync(() => db.Database.SqlQueryRaw<long>(Endless).SingleAsync(request.Token));

        Assert.True(IsCancellation(stopped), stopped?.ToString());
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync());
    }

    [Fact]
    public async Task With_no_cancellation_the_statement_timeout_stops_it_and_the_connection_answers_the_next_one()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Database.OpenConnectionAsync();

        var stopped = await Record.ExceptionAsync(() => db.Database.SqlQueryRaw<long>(Endless).SingleAsync());

        Assert.True(stopped is SqliteException { SqliteErrorCode: 9 } || stopped is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled }, stopped?.ToString());
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync());
    }

    /// <summary>SQLite: SQLITE_INTERRUPT (9). PostgreSQL: Npgsql turns the server's 57014 into a cancellation.</summary>
    private static bool IsCancellation(Exception? e) => e is SqliteException { SqliteErrorCode: 9 } or OperationCanceledException;
}
