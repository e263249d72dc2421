using System.Numerics;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// The candidates that can take part in a consortium for a centre covering its most categories with at most a given
/// number of members: the only consortia a borough plan can use when it covers every centre's most categories with
/// no more than that many members at that centre.
/// </summary>
/// <remarks>
/// Computed from the candidates' category masks: cover[S] is the fewest joinable members whose categories include S,
/// by dynamic programming over the subsets of the required categories. A candidate takes part as the lead when it
/// leads such a consortium, or as a member when some other able lead and it need no more members than that. Only for
/// up to <see cref="MaxCategories"/> required categories (2^R subsets); beyond, the caller keeps every candidate.
/// </remarks>
internal static class TightConsortia
{
    public const int MaxCategories = 12;

    public static bool Applies(CentreCandidates centre) => centre.Categories.Length <= MaxCategories;

    /// <summary>The candidates, in their order, that some consortium of <paramref name="covered"/> categories and at most <paramref name="members"/> members includes.</summary>
    public static List<EligibleCandidate> Of(CentreCandidates centre, int covered, int members)
    {
        var masks = centre.Eligible.ToDictionary(c => c.Id, c => c.CategoryIndexes.Aggregate(0, (mask, k) => mask | 1 << k));
        var cover = Cover(centre.Categories.Length, centre.Eligible.Where(c => !c.OnlyAsLead).Select(c => masks[c.Id]).Distinct().ToArray());
        var targets = Enumerable.Range(0, 1 << centre.Categories.Length).Where(t => BitOperations.PopCount((uint)t) == covered).ToArray();
        var leadMasks = centre.Eligible.Where(c => c.CanLead).GroupBy(c => masks[c.Id]).Select(g => (Mask: g.Key, Ids: g.Select(c => c.Id).Take(2).ToArray())).ToList();
        bool Leads(int mask) => targets.Any(t => 1 + cover[t & ~mask] <= members);
        bool Joins(EligibleCandidate member) => !member.OnlyAsLead && leadMasks.Any(lead =>
            lead.Ids.Any(id => id != member.Id) && targets.Any(t => 2 + cover[t & ~(lead.Mask | masks[member.Id])] <= members));
        return [.. centre.Eligible.Where(c => (c.CanLead && Leads(masks[c.Id])) || Joins(c))];
    }

    private static int[] Cover(int categories, int[] joinable)
    {
        const int Never = 1 << 20;
        var cover = new int[1 << categories];
        for (var set = 1; set < cover.Length; set++)
        {
            cover[set] = Never;
            foreach (var mask in joinable)
            {
                if ((mask & set) != 0)
                {
                    cover[set] = Math.Min(cover[set], 1 + cover[set & ~mask]);
                }
            }
        }

        return cover;
    }
}
