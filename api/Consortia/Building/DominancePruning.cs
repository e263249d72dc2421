using System.Numerics;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// Leaves out of the model the candidates that enough others dominate, without changing the k best objective values.
/// </summary>
/// <remarks>
/// d dominates c when d delivers every required category c does, serves at least as many reach wards, can lead if c
/// can, and is lead-only only if c is: swapping c for d in any consortium keeps it feasible and no worse. Candidates
/// are read with dominators first and one is kept while fewer than <c>keep</c> kept candidates dominate it.
/// Why it is exact: a consortium among the k best has at most M = R + 1 + ⌊log₂ k⌋ members (an irredundant core of at
/// most R covering and one lead, plus redundant members whose every subset would rank above it). A consortium using a
/// left-out candidate can have each such member swapped for a kept dominator outside it; with keep ≥ k + 2M there are
/// at least k distinct ways, each giving a kept-only consortium at least as good, so the k best values are reached by
/// kept candidates alone. In the borough plan an optimal consortium has no member it could drop without losing a
/// category (dropping it would cost no category and save a member), so at most M = R + 1 members. There a dominator
/// must be outside the centre's consortium (at most M − 1 others) and below the limit: an organisation at the limit
/// holds that many of the other centres' memberships, so at most ⌊Σ M' / limit⌋ are, over the other centres of its
/// group (<see cref="PlanGroups"/>). keep ≥ M + ⌊Σ M' / limit⌋ leaves one free kept dominator for each swap, and each
/// swap removes one left-out membership. Where the plan is looked for among smaller consortia (<see cref="TightConsortia"/>),
/// M is their size, and the swap keeps a consortium among them. Property tests compare both with exhaustive search.
/// </remarks>
internal static class DominancePruning
{
    public static int KeepForBuilder(int requiredCategories, int alternatives) =>
        alternatives + 2 * MaxMembers(requiredCategories, alternatives);

    /// <param name="maxMembers">The most members the centre's consortium can have in the plan (at most M = R + 1).</param>
    /// <param name="otherCentresMaxMembers">The same for each other centre of its group.</param>
    public static int KeepForPlan(int maxMembers, IEnumerable<int> otherCentresMaxMembers, int maxConsortiaPerOrganisation) =>
        maxMembers + otherCentresMaxMembers.Sum() / maxConsortiaPerOrganisation;

    /// <summary>M = R + 1: the most members an optimal consortium of the plan has.</summary>
    public static int MaxPlanMembers(int requiredCategories) => MaxMembers(requiredCategories, 1);

    public static List<EligibleCandidate> Keep(IReadOnlyList<EligibleCandidate> candidates, int keep)
    {
        if (candidates.Count <= keep || candidates.Any(c => c.CategoryIndexes.Any(k => k >= 31)))
        {
            return [.. candidates];
        }

        var masks = candidates.ToDictionary(c => c.Id, c => c.CategoryIndexes.Aggregate(0, (mask, k) => mask | 1 << k));
        var kept = new List<EligibleCandidate>();
        foreach (var candidate in candidates
            .OrderByDescending(c => BitOperations.PopCount((uint)masks[c.Id]))
            .ThenByDescending(c => c.WardPairs)
            .ThenByDescending(c => c.CanLead)
            .ThenBy(c => c.OnlyAsLead)
            .ThenBy(c => c.Id))
        {
            var mask = masks[candidate.Id];
            var dominators = kept.Count(d => (masks[d.Id] & mask) == mask && d.WardPairs >= candidate.WardPairs &&
                (d.CanLead || !candidate.CanLead) && (!d.OnlyAsLead || candidate.OnlyAsLead));
            if (dominators < keep)
            {
                kept.Add(candidate);
            }
        }

        return [.. kept.OrderBy(c => c.Id)];
    }

    private static int MaxMembers(int requiredCategories, int alternatives) =>
        requiredCategories + 1 + BitOperations.Log2((uint)Math.Max(alternatives, 1));
}
