namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Prices the arcs mentees did not store, so a plan over the stored arcs is still the optimum over all of them: when
/// none of a mentee's stored arcs can improve the plan, its dropped ones are bounded first (each scores at most its
/// highest dropped score, and no mentor's potential exceeds the highest), and only a mentee the bound cannot clear is
/// scored again; if one of its dropped arcs has a negative reduced cost, the mentee stores all its arcs from then on
/// and the next round prices them as usual.
/// </summary>
/// <remarks>
/// Each mentee is expanded at most once, so this ends. The bound is the reduced cost
/// π(mentee) − π(mentor) − (reward + score) with π(mentor) and the score at their largest: if even that is ≥ 0, no
/// dropped arc of the mentee can be negative.
/// </remarks>
internal static class DroppedArcs
{
    public static bool ExpandWhereImproving(AssignmentProblem problem, List<int>[] kept, long[] potentials, CancellationToken cancellationToken)
    {
        var mentorPotentials = potentials.AsSpan(2 + problem.MenteeCount);
        var highestMentorPotential = mentorPotentials.IsEmpty ? 0 : mentorPotentials.ToArray().Max();
        var expanded = new (int[] Slots, int[] Scores)?[problem.MenteeCount];
        Parallel.For(0, problem.MenteeCount, new ParallelOptions { CancellationToken = cancellationToken }, m =>
        {
            var menteePotential = potentials[2 + m];
            if (!problem.HasDropped(m) || menteePotential - highestMentorPotential - (problem.MatchReward + problem.HighestDroppedScore[m]) >= 0)
            {
                return;
            }

            var all = problem.AllArcsOf(m);
            var stored = problem.Slots[m];
            for (var c = 0; c < all.Slots.Length; c++)
            {
                var reducedCost = menteePotential - potentials[2 + problem.MenteeCount + all.Slots[c]] - (problem.MatchReward + all.Scores[c]);
                if (reducedCost < 0 && Array.BinarySearch(stored, all.Slots[c]) < 0)
                {
                    expanded[m] = all;
                    return;
                }
            }
        });

        var any = false;
        for (var m = 0; m < expanded.Length; m++)
        {
            if (expanded[m] is { } all)
            {
                var newIndex = problem.Expand(m, all);
                kept[m] = [.. kept[m].Select(newIndex)];
                any = true;
            }
        }

        return any;
    }
}
