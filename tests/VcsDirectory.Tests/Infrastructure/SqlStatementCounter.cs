using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core sends, so tests can prove that a request's statements do not grow with page size,
/// the rows their readers read, so they can prove a page reads no more than it shows, and keeps the last ones' text,
/// so they can prove what a statement reads.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    private int _count;
    private int _rows;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The rows read since the last <see cref="Reset"/>, over every statement.</summary>
    public int Rows => Volatile.Read(ref _rows);

    /// <summary>The statements' text since the last <see cref="Reset"/> (reads only; at most the last 200).</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _rows, 0);
        _texts.Clear();
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        while (_texts.Count > 200 && _texts.TryDequeue(out _))
        {
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <remarks>
    /// EF Core counts every Read() of the reader it wraps, the last one, which finds no more rows, included: the
    /// readers of lists are read to their end, so a reader's rows are its count less one.
    /// </remarks>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Interlocked.Add(ref _rows, Math.Max(0, eventData.ReadCount - 1));
        return result;
    }
}
