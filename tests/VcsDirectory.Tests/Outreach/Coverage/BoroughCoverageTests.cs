using VcsDirectory.Api.Outreach.Coverage;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Coverage;

public class BoroughCoverageTests
{
    private static ProviderPoint Provider(int id, int[] categories, params int[] wards) =>
        new(id, $"Organisation {id}", null, categories.ToHashSet(), wards.ToHashSet());

    [Fact]
    public void Each_cell_puts_the_families_in_need_beside_the_providers_serving_the_ward_with_the_category()
    {
        var needs = new[] { Need(1, 0, 0, 4, category: 1, ward: 10), Need(2, 0, 0, 3, category: 1, ward: 10), Need(3, 0, 0, 5, category: 2, ward: 20) };
        ProviderPoint[] providers = [Provider(100, [1], 10, 20), Provider(101, [1, 2], 10)];

        var borough = BoroughCoverage.Build(needs, providers);

        Assert.Equal((7, 2), (borough.Cell(1, 10).FamiliesInNeed, borough.Cell(1, 10).Providers));
        Assert.Equal((0, 1), (borough.Cell(1, 20).FamiliesInNeed, borough.Cell(1, 20).Providers));
        Assert.Equal((5, 0), (borough.Cell(2, 20).FamiliesInNeed, borough.Cell(2, 20).Providers));
        Assert.True(borough.Cell(2, 20).IsUnserved);
    }

    [Fact]
    public void The_matrix_spans_every_category_and_ward_of_the_needs_and_the_providers_in_rows_by_category()
    {
        var needs = new[] { Need(1, 0, 0, 4, category: 3, ward: 20) };

        var borough = BoroughCoverage.Build(needs, [Provider(100, [1], 10)]);

        Assert.Equal([1, 3], borough.ServiceCategoryIds);
        Assert.Equal([10, 20], borough.WardIds);
        Assert.Equal([(1, 10), (1, 20), (3, 10), (3, 20)], borough.Cells.Select(c => (c.ServiceCategoryId, c.WardId)));
    }

    [Fact]
    public void Families_in_needs_without_a_ward_are_counted_apart()
    {
        var needs = new[] { Need(1, 0, 0, 4, category: 1), Need(2, 0, 0, 2, category: 1, ward: 10) };

        var borough = BoroughCoverage.Build(needs, []);

        Assert.Equal(4, borough.FamiliesWithoutWard);
        Assert.Equal(2, borough.Cells.Sum(c => c.FamiliesInNeed));
    }

    [Fact]
    public void A_cell_outside_the_matrix_is_empty()
    {
        var borough = BoroughCoverage.Build([], []);

        Assert.Equal((0, 0), (borough.Cell(1, 10).FamiliesInNeed, borough.Cell(1, 10).Providers));
    }
}
