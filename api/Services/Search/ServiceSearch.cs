using GraphQL;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Services.Search;

/// <summary>
/// Ranked full-text search over services' names (weighted 10) and descriptions, in the database: SQLite's FTS5
/// (porter stemmer, bm25) or PostgreSQL's english <c>tsvector</c> with <c>websearch_to_tsquery</c> (GIN index, ts_rank_cd).
/// </summary>
/// <remarks>
/// Both read a search the same way (<see cref="SearchTerms"/>) and find the same services for whole words; they stem a
/// little differently (FTS5's Porter against PostgreSQL's Snowball: "familial" matches "family" on neither, "parenting"
/// matches "parents" on both). Services whose name matches the whole search come first on both; within that tier the
/// engines score by different formulas (bm25, ts_rank_cd), so the order among a tier's hits can differ between them.
/// PostgreSQL tells a name match from the stored vector's name lexemes (weight A, <c>ts_filter</c>) rather than by
/// parsing each hit's name again: the same tier for the test corpus, and 37 ms instead of 101 ms to tier 3,563 hits
/// among 21,925 services (EXPLAIN ANALYZE on a loaded machine).
/// </remarks>
public static class ServiceSearch
{
    public const int MaxLength = 200;

    public static SearchTerms Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new ExecutionError($"'search' holds at most {MaxLength} characters.") { Code = ErrorCodes.InvalidArgument };
        }

        var terms = SearchTerms.Parse(text);
        if (terms.IsEmpty)
        {
            throw new ExecutionError("'search' has no word to look for (common words such as 'the' and 'for' are ignored).") { Code = ErrorCodes.InvalidArgument };
        }

        if (terms.HasExclusionOnly)
        {
            throw new ExecutionError("'search' excludes words without a word to look for: add one (e.g. `play -online`).") { Code = ErrorCodes.InvalidArgument };
        }

        return terms;
    }

    public static IQueryable<ServiceSearchHit> Hits(DirectoryDbContext db, string text, SearchTerms terms) => db is PostgresDirectoryDbContext
        ? db.Database.SqlQuery<ServiceSearchHit>(
            $"""
            SELECT "Id" AS "ServiceId", CASE WHEN ts_filter("SearchVector", ARRAY['a']::"char"[]) @@ websearch_to_tsquery('english', {text}) THEN 0 ELSE 1 END AS "Tier",
                   -ts_rank_cd("SearchVector", websearch_to_tsquery('english', {text}))::float8 AS "Rank"
            FROM "Services" WHERE "SearchVector" @@ websearch_to_tsquery('english', {text})
            """)
        : db.Database.SqlQuery<ServiceSearchHit>(
            $"""
            SELECT rowid AS "ServiceId", CASE WHEN rowid IN (SELECT rowid FROM ServiceSearch WHERE ServiceSearch MATCH {"Name : (" + terms.ToFts5() + ")"}) THEN 0 ELSE 1 END AS "Tier",
                   bm25(ServiceSearch, 10.0, 1.0) AS "Rank"
            FROM ServiceSearch WHERE ServiceSearch MATCH {terms.ToFts5()}
            """);
}
