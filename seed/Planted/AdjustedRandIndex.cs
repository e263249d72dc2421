namespace VcsDirectory.Seed.Planted;

/// <summary>
/// The adjusted Rand index of two labellings of the same items (Hubert &amp; Arabie 1985): 1 when they group the
/// items identically (whatever the label values), about 0 for a labelling no better than chance, negative for
/// worse. Every label value is a group, noise included, as scikit-learn's <c>adjusted_rand_score</c> counts it.
/// </summary>
/// <remarks>
/// From the contingency table n_ij of the two labellings, with row sums a_i, column sums b_j and n items:
/// ARI = (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E), where E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2).
/// When both labellings put everything in one group, or every item alone, the denominator is 0 and they agree: 1.
/// </remarks>
public static class AdjustedRandIndex
{
    public static double Of(IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(found);
        if (truth.Count != found.Count)
        {
            throw new ArgumentException("Both labellings must cover the same items.", nameof(found));
        }

        var cells = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < truth.Count; i++)
        {
            cells[(truth[i], found[i])] = cells.GetValueOrDefault((truth[i], found[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            columns[found[i]] = columns.GetValueOrDefault(found[i]) + 1;
        }

        var index = cells.Values.Sum(Pairs);
        var rowPairs = rows.Values.Sum(Pairs);
        var columnPairs = columns.Values.Sum(Pairs);
        var expected = truth.Count < 2 ? 0 : rowPairs * columnPairs / Pairs(truth.Count);
        var maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1 : (index - expected) / (maximum - expected);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}
