using VcsDirectory.Seed.Planted;

namespace VcsDirectory.Tests.Outreach.Clustering;

/// <summary>Hand-worked values (each also what scikit-learn's <c>adjusted_rand_score</c> gives).</summary>
public class AdjustedRandIndexTests
{
    [Fact]
    public void The_same_grouping_under_other_label_values_scores_1()
    {
        Assert.Equal(1, AdjustedRandIndex.Of([0, 0, 1, 1, 2], [7, 7, 3, 3, 0]), 12);
    }

    [Fact]
    public void Splitting_one_of_two_pairs_scores_four_sevenths()
    {
        // Contingency cells 2, 1, 1: Σ C(n_ij,2) = 1; rows 2, 2: 2; columns 2, 1, 1: 1; E = 2 × 1 / C(4,2) = 1/3;
        // (1 − 1/3) / (½(2 + 1) − 1/3) = 4/7.
        Assert.Equal(4.0 / 7, AdjustedRandIndex.Of([0, 0, 1, 1], [0, 0, 1, 2]), 12);
    }

    [Fact]
    public void Two_triples_relabelled_as_three_pairs_score_eight_thirty_thirds()
    {
        // Cells 2, 1, 1, 2: Σ = 2; rows 3, 3: 6; columns 2, 2, 2: 3; E = 6 × 3 / 15 = 1.2; (2 − 1.2) / (4.5 − 1.2) = 8/33.
        Assert.Equal(8.0 / 33, AdjustedRandIndex.Of([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 12);
    }

    [Fact]
    public void One_group_against_all_singletons_scores_0()
    {
        Assert.Equal(0, AdjustedRandIndex.Of([0, 0, 0, 0], [0, 1, 2, 3]), 12);
    }

    [Fact]
    public void A_labelling_worse_than_chance_scores_below_0()
    {
        // Cells all 1: Σ = 0; rows 2, 2: 2; columns 2, 2: 2; E = 4/6; (0 − 2/3) / (2 − 2/3) = −1/2.
        Assert.Equal(-0.5, AdjustedRandIndex.Of([0, 0, 1, 1], [0, 1, 0, 1]), 12);
    }

    [Fact]
    public void Labellings_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => AdjustedRandIndex.Of([0, 1], [0]));
    }
}
