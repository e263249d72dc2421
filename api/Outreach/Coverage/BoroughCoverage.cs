using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>
/// Need and provision side by side across the borough: a cell for every category × ward, in rows by category
/// (ascending id) and wards within a row (ascending id). Categories and wards are those that appear in the needs
/// or the organisations, so provision where nobody has identified need shows too.
/// </summary>
/// <param name="FamiliesWithoutWard">Families in needs with no ward, which no cell can hold.</param>
public sealed record BoroughCoverage(
    IReadOnlyList<int> ServiceCategoryIds,
    IReadOnlyList<int> WardIds,
    IReadOnlyList<CategoryWardCoverage> Cells,
    int FamiliesWithoutWard)
{
    public static BoroughCoverage Build(IEnumerable<NeedPoint> needs, IEnumerable<ProviderPoint> providers)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(providers);
        var needList = needs.ToList();
        var providerList = providers.ToList();

        var families = needList.Where(n => n.WardId is not null)
            .GroupBy(n => (n.ServiceCategoryId, WardId: n.WardId!.Value))
            .ToDictionary(g => g.Key, g => g.Sum(n => n.FamiliesAffected));
        var provision = providerList
            .SelectMany(p => p.ServiceCategoryIds.SelectMany(c => p.WardIds.Select(w => (ServiceCategoryId: c, WardId: w))))
            .GroupBy(cell => cell)
            .ToDictionary(g => g.Key, g => g.Count());

        var categories = needList.Select(n => n.ServiceCategoryId)
            .Concat(providerList.SelectMany(p => p.ServiceCategoryIds)).Distinct().Order().ToArray();
        var wards = families.Keys.Select(k => k.WardId)
            .Concat(providerList.SelectMany(p => p.WardIds)).Distinct().Order().ToArray();
        var cells = categories
            .SelectMany(c => wards.Select(w => new CategoryWardCoverage(c, w, families.GetValueOrDefault((c, w)), provision.GetValueOrDefault((c, w)))))
            .ToArray();
        return new BoroughCoverage(categories, wards, cells, needList.Where(n => n.WardId is null).Sum(n => n.FamiliesAffected));
    }

    /// <summary>The cell for a category and a ward; an empty cell when either is not in the matrix.</summary>
    public CategoryWardCoverage Cell(int serviceCategoryId, int wardId)
    {
        var row = IndexOf(ServiceCategoryIds, serviceCategoryId);
        var column = IndexOf(WardIds, wardId);
        return row >= 0 && column >= 0 ? Cells[(row * WardIds.Count) + column] : new CategoryWardCoverage(serviceCategoryId, wardId, 0, 0);
    }

    // A borough has tens of categories and wards: a scan is as quick as anything cleverer.
    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
