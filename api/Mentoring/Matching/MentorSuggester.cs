namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Ranked suggestions for one organisation: its best mentors, or, for a mentor, its best mentees.</summary>
/// <remarks>Only eligible pairs are suggested; ranked by total score, ties broken by the other organisation's id ascending.</remarks>
public sealed class MentorSuggester(MatchingPool pool)
{
    private readonly MatchingPool _pool = pool ?? throw new ArgumentNullException(nameof(pool));

    /// <exception cref="KeyNotFoundException">No organisation has <paramref name="menteeId"/>.</exception>
    public IReadOnlyList<MatchScore> SuggestMentors(int menteeId, int first, SuggestionFilter? filter = null)
    {
        filter = Validate(first, filter);
        var index = _pool.Index;
        var menteePosition = index.RequirePosition(menteeId);
        var mentee = index.ProfileAt(menteePosition);
        var pairs = index.CollectMentors(menteePosition, filter.WithinKm, [])
            .Select(index.ProfileAt)
            .Where(mentor => filter.CapacityAreaIds?.All(area => IsStrongIn(mentor, area)) ?? true)
            .Select(mentor => (Mentor: mentor, Mentee: mentee, OtherId: mentor.Id));
        return Rank(pairs, first);
    }

    /// <exception cref="KeyNotFoundException">No organisation has <paramref name="mentorId"/>.</exception>
    public IReadOnlyList<MatchScore> SuggestMentees(int mentorId, int first, SuggestionFilter? filter = null)
    {
        filter = Validate(first, filter);
        var index = _pool.Index;
        var mentorPosition = index.RequirePosition(mentorId);
        var mentor = index.ProfileAt(mentorPosition);
        var pairs = index.CollectMentees(mentorPosition, filter.WithinKm, [])
            .Select(index.ProfileAt)
            .Where(mentee => filter.CapacityAreaIds?.All(mentee.Organisation.Needs.ContainsKey) ?? true)
            .Select(mentee => (Mentor: mentor, Mentee: mentee, OtherId: mentee.Id));
        return Rank(pairs, first);
    }

    private static bool IsStrongIn(MatchProfile mentor, int area) =>
        mentor.Organisation.Capacities.GetValueOrDefault(area) >= MatchScorer.StrongCapacity;

    private static SuggestionFilter Validate(int first, SuggestionFilter? filter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        if (filter?.WithinKm is < 0 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(filter), filter.WithinKm, "WithinKm cannot be negative.");
        }

        return filter ?? SuggestionFilter.None;
    }

    // Totals are cheap; the explained score is built only for the pairs that make the cut.
    private List<MatchScore> Rank(IEnumerable<(MatchProfile Mentor, MatchProfile Mentee, int OtherId)> pairs, int first) =>
    [
        .. pairs
            .Where(pair => _pool.Eligibility.IsEligible(pair.Mentor, pair.Mentee))
            .Select(pair => (Pair: pair, Total: _pool.Scorer.Total(pair.Mentor, pair.Mentee)))
            .OrderByDescending(scored => scored.Total)
            .ThenBy(scored => scored.Pair.OtherId)
            .Take(first)
            .Select(scored => _pool.Scorer.Score(scored.Pair.Mentor, scored.Pair.Mentee, _pool.History.FreePlaces(scored.Pair.Mentor.Organisation))),
    ];
}
