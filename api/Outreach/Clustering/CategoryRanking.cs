namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>How a group of needs is summed up by category: for detected clusters and curated ones alike.</summary>
internal static class CategoryRanking
{
    /// <summary>Every category present, largest first (families, then category id), with its share of the families.</summary>
    public static CategoryShare[] Rank(IReadOnlyCollection<NeedPoint> needs)
    {
        var families = needs.Sum(n => n.FamiliesAffected);
        return needs.GroupBy(n => n.ServiceCategoryId)
            .Select(g => (Id: g.Key, Families: g.Sum(n => n.FamiliesAffected)))
            .OrderByDescending(c => c.Families).ThenBy(c => c.Id)
            .Select(c => new CategoryShare(c.Id, c.Families, families > 0 ? (double)c.Families / families : 0))
            .ToArray();
    }

    /// <summary>The leading categories that reach <paramref name="minShare"/>; the largest always, so a group with needs has one.</summary>
    public static CategoryShare[] Dominant(IReadOnlyList<CategoryShare> ranked, double minShare) =>
        ranked.TakeWhile((c, i) => i == 0 || c.Share >= minShare).ToArray();
}
