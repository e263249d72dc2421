using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Tests.Mentoring.Matching;

/// <summary>What the planner is checked against: every possible assignment, and the obvious greedy one.</summary>
internal static class PlanBaselines
{
    public readonly record struct Objective(int Matched, double Score);

    /// <summary>The open mentees of a pool: a need, and no Accepted or Active mentor already.</summary>
    public static List<MatchingOrganisation> OpenMentees(MatchingPool pool)
    {
        var pinned = pool.History.PlaceHoldingPairings.Select(p => p.MenteeId).ToHashSet();
        return [.. pool.Index.Organisations.Where(o => o.Needs.Count > 0 && !pinned.Contains(o.Id))];
    }

    /// <summary>Tries every assignment of each open mentee to one eligible mentor or none, within free places.</summary>
    public static Objective Exhaustive(MatchingPool pool)
    {
        var options = EligiblePairs(pool).GroupBy(p => p.MenteeId).Select(g => g.ToArray()).ToArray();
        var places = FreePlaces(pool);
        var best = new Objective(0, 0);

        void Search(int mentee, int matched, double score)
        {
            if (mentee == options.Length)
            {
                if (matched > best.Matched || (matched == best.Matched && score > best.Score))
                {
                    best = new Objective(matched, score);
                }

                return;
            }

            Search(mentee + 1, matched, score);
            foreach (var option in options[mentee].Where(o => places[o.MentorId] > 0))
            {
                places[option.MentorId]--;
                Search(mentee + 1, matched + 1, score + option.Total);
                places[option.MentorId]++;
            }
        }

        Search(0, 0, 0);
        return best;
    }

    /// <summary>Best score first: take a pair while its mentee is unmatched and its mentor has a place.</summary>
    public static Objective Greedy(MatchingPool pool)
    {
        var places = FreePlaces(pool);
        var matched = new HashSet<int>();
        var total = 0.0;
        foreach (var pair in EligiblePairs(pool).OrderByDescending(p => p.Total).ThenBy(p => p.MenteeId).ThenBy(p => p.MentorId))
        {
            if (places[pair.MentorId] > 0 && matched.Add(pair.MenteeId))
            {
                places[pair.MentorId]--;
                total += pair.Total;
            }
        }

        return new Objective(matched.Count, total);
    }

    public static Objective NewPairings(MentoringPlan plan)
    {
        var added = plan.Pairings.Where(p => !p.Pinned).ToList();
        return new Objective(added.Count, added.Sum(p => p.Score.Total));
    }

    private static List<MatchScore> EligiblePairs(MatchingPool pool) =>
    [
        .. from mentee in OpenMentees(pool)
           from mentor in pool.Index.Organisations
           where pool.Eligibility.IsEligible(mentor, mentee)
           select pool.Scorer.Score(mentor, mentee, pool.History.FreePlaces(mentor)),
    ];

    private static Dictionary<int, int> FreePlaces(MatchingPool pool) =>
        pool.Index.Organisations.ToDictionary(o => o.Id, pool.History.FreePlaces);
}
