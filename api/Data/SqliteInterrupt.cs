using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VcsDirectory.Api.Data;

/// <summary>
/// Stops a running SQLite statement when its request is cancelled (timed out, or the client went away) or when it
/// outlasts the statement timeout: <c>sqlite3_interrupt</c> on the statement's connection. Microsoft.Data.Sqlite runs
/// "async" commands synchronously and its <c>SqliteCommand.Cancel</c> does nothing, so without this a cancelled request
/// stops answering but its statement keeps the thread and the database busy until it ends by itself.
/// </summary>
/// <remarks>
/// The hook lasts from the command's start until its reader is disposed (or the command ends), so steps taken while
/// reading rows are covered too; disposing the hook waits for an interrupt in progress, so the connection is never
/// interrupted after it closes. The interrupted statement fails with SQLITE_INTERRUPT (9) and the connection stays usable.
/// </remarks>
public sealed class SqliteInterrupt(TimeSpan statementTimeout) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, Hook> _hooks = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result, cancellationToken));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result, cancellationToken));

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result, cancellationToken));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Start(command, result, CancellationToken.None);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Start(command, result, CancellationToken.None);

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Start(command, result, CancellationToken.None);

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result) =>
        End(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => End(command, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => End(command, result);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Task.FromResult(End(command, 0));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => End(command, 0);

    private T Start<T>(DbCommand command, T result, CancellationToken cancellationToken)
    {
        if (command.Connection is SqliteConnection { Handle: { } handle })
        {
            var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(statementTimeout);
            var registration = timeout.Token.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
            _hooks[command] = new Hook(timeout, registration);
        }

        return result;
    }

    private T End<T>(DbCommand command, T result)
    {
        if (_hooks.TryRemove(command, out var hook))
        {
            hook.Registration.Dispose();
            hook.Timeout.Dispose();
        }

        return result;
    }

    private sealed record Hook(CancellationTokenSource Timeout, CancellationTokenRegistration Registration);
}
