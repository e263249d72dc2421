using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Suggestions;

/// <summary>Ranked mentors for a mentee, or mentees for a mentor, from the matching algorithm.</summary>
public static class SuggestionQueries
{
    public const int MaxSuggestions = 50;

    public static FieldBuilder<TSource, object> WithSuggestionArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", $"How many, best first (1 to {MaxSuggestions}; default 10).")
        .Argument<SuggestionFilterInputType>("where", "Only suggestions within a distance, or covering given areas.");

    public static async Task<IReadOnlyList<MatchScore>> SuggestAsync(IResolveFieldContext context, int organisationId, bool mentors)
    {
        var first = context.GetArgument<int?>("first") ?? 10;
        if (first is < 1 or > MaxSuggestions)
        {
            throw new ExecutionError($"'first' must be between 1 and {MaxSuggestions}.") { Code = ErrorCodes.InvalidArgument };
        }

        var filter = await FilterAsync(context);
        var pool = await context.RequestServices!.GetRequiredService<MatchingData>().PoolAsync(context.CancellationToken);
        if (pool.Index.Find(organisationId) is null)
        {
            throw new ExecutionError("No active organisation has this id.") { Code = ErrorCodes.NotFound };
        }

        var suggester = new MentorSuggester(pool);
        return mentors ? suggester.SuggestMentors(organisationId, first, filter) : suggester.SuggestMentees(organisationId, first, filter);
    }

    private static async Task<SuggestionFilter> FilterAsync(IResolveFieldContext context)
    {
        if (context.GetArgument<object?>("where") is not IDictionary<string, object?> where)
        {
            return SuggestionFilter.None;
        }

        var within = where.Optional<double?>("withinKm", null);
        if (within is <= 0 or > 100 || (within is { } w && double.IsNaN(w)))
        {
            throw new ExecutionError("'where.withinKm' must be more than 0 and at most 100.") { Code = ErrorCodes.InvalidArgument };
        }

        var codes = where.Strings("covering");
        // A distance alone asks nothing of the database.
        var areas = codes.Count == 0 ? [] : await context.RequestServices!.GetRequiredService<DirectoryDbContext>().CapacityAreas
            .Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, context.CancellationToken);
        var unknown = codes.Where(c => !areas.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new ExecutionError($"Unknown capacity area code(s): {string.Join(", ", unknown)}.") { Code = ErrorCodes.InvalidArgument };
        }

        return new SuggestionFilter(within, codes.Count == 0 ? null : areas.Values.ToHashSet());
    }
}
