using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>What an edit's apply step works with: the request's database and services, the caller, and the problems found so far.</summary>
public sealed class EditScope(DirectoryDbContext db, DirectoryCaller caller, TimeProvider clock, IServiceProvider services, CancellationToken cancellationToken)
{
    public DirectoryDbContext Db { get; } = db;

    public DirectoryCaller Caller { get; } = caller;

    public ProblemList Problems { get; } = new();

    /// <summary>The request's services, for an edit that needs a feature's own (a pairing's matching data).</summary>
    public IServiceProvider Services { get; } = services;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>A problem at <paramref name="path"/> when any record matches (another centre with this name…).</summary>
    public async Task RefuseIfAnyAsync<T>(IQueryable<T> conflicting, string path, string code, string message)
    {
        if (await conflicting.AnyAsync(CancellationToken))
        {
            Problems.Add(path, code, message);
        }
    }

    /// <summary>The one record the input names by <paramref name="value"/> (none when it names none); an unknown one is a problem at <paramref name="path"/>.</summary>
    public async Task<T?> LookupOneAsync<T>(IQueryable<T> records, Expression<Func<T, string>> code, string? value, string path, string what)
        where T : class
    {
        if (value is null)
        {
            return null;
        }

        var found = await Query(records, code, [value]).FirstOrDefaultAsync(CancellationToken);
        Problems.Reference(path, value, found is null ? new HashSet<string>() : new HashSet<string> { value }, what);
        return found;
    }

    /// <summary>
    /// The records the input names by code (wards, categories…), tracked, in one query, and none when it names none; each
    /// unknown code is a problem at <paramref name="path"/>[i], as the importer reports it.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, T>> LookupAsync<T>(
        IQueryable<T> records, Expression<Func<T, string>> code, IReadOnlyList<string> codes, string path, string what)
        where T : class
    {
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        if (codes.Count > 0)
        {
            var getCode = code.Compile();
            foreach (var record in await Query(records, code, codes.Distinct().ToList()).ToListAsync(CancellationToken))
            {
                found[getCode(record)] = record;
            }
        }

        Problems.References(path, codes, found.Keys.ToHashSet(), what);
        return found;
    }

    private static IQueryable<T> Query<T>(IQueryable<T> records, Expression<Func<T, string>> code, List<string> codes)
        where T : class =>
        records.AsTracking().Where(Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Expression.Constant(codes), code.Body),
            code.Parameters));
}
