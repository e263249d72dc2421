using System.Globalization;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>The best mentor per capacity area from the mentoring matcher, for <see cref="SupportPlanProposer"/>.</summary>
/// <remarks>
/// The matcher only proposes a mentor strong in one of the mentee's recorded needs, so the mentee's snapshot gets the
/// plan's gaps added as needs (priority 2, "needed") before the pool is built: a gap is a need whether or not the
/// organisation recorded it. Every other rule (willing, free place, larger, history) is the matcher's own.
/// </remarks>
public static class MatcherMentorRanking
{
    public const int GapPriority = 2;

    /// <param name="areaIdsByCode">Capacity area code → the id the matching snapshots use.</param>
    public static Func<string, MentorForArea?> For(
        IReadOnlyCollection<MatchingOrganisation> organisations,
        MentoringHistory history,
        MatchingWeights weights,
        int menteeId,
        IReadOnlyList<string> gaps,
        IReadOnlyDictionary<string, int> areaIdsByCode)
    {
        var gapIds = gaps.Where(areaIdsByCode.ContainsKey).Select(code => areaIdsByCode[code]).ToList();
        var snapshot = organisations.Select(o => o.Id == menteeId ? WithGapsAsNeeds(o, gapIds) : o).ToList();
        var suggester = new MentorSuggester(new MatchingPool(snapshot, history, weights));
        return code => areaIdsByCode.TryGetValue(code, out var areaId)
            && suggester.SuggestMentors(menteeId, 1, new SuggestionFilter(CapacityAreaIds: new HashSet<int> { areaId })) is [var best]
            ? new MentorForArea(best.MentorId, best.Total, Explain(code, best))
            : null;
    }

    private static MatchingOrganisation WithGapsAsNeeds(MatchingOrganisation mentee, IEnumerable<int> gapIds)
    {
        var needs = mentee.Needs.ToDictionary();
        foreach (var id in gapIds)
        {
            needs.TryAdd(id, GapPriority);
        }

        return mentee with { Needs = needs };
    }

    private static string Explain(string code, MatchScore score) =>
        string.Create(CultureInfo.InvariantCulture, $"The matcher's best mentor strong in {code} (score {score.Total:0.00}): ") +
        string.Join(" ", score.Components.Select(c => c.Explanation));
}
