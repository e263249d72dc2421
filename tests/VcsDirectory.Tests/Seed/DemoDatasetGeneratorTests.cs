using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Seed;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Seed;

public sealed class DemoDatasetGeneratorTests
{
    private static readonly PooleReference Reference = PooleReference.Load(Path.Combine(RepositoryPaths.Root, "seed", "reference", "poole-reference.json"));

    [Fact]
    public void The_committed_dataset_is_exactly_what_the_generator_writes()
    {
        var generated = DatasetJson.Write(DemoDatasetGenerator.Generate(Reference, new GeneratorOptions()));

        Assert.True(
            generated == File.ReadAllText(RepositoryPaths.DemoDataset),
            "seed/data/poole-demo.json is stale: run `dotnet run --project seed` from the repository root and commit the file.");
    }

    [Fact]
    public void The_same_options_give_the_same_dataset_byte_for_byte()
    {
        var options = new GeneratorOptions(Organisations: 400, Seed: 7);

        Assert.Equal(DatasetJson.Write(DemoDatasetGenerator.Generate(Reference, options)), DatasetJson.Write(DemoDatasetGenerator.Generate(Reference, options)));
    }

    [Fact]
    public void Ten_times_the_needs_make_each_outreach_cluster_ten_times_larger_as_the_background_is()
    {
        var dataset = DemoDatasetGenerator.Generate(Reference, new GeneratorOptions(Needs: 2_640));

        Assert.Equal(2_640, dataset.IdentifiedNeeds.Count);
        Assert.All(dataset.OutreachClusters, c => Assert.Equal(240, dataset.IdentifiedNeeds.Count(n => n.Cluster == c.Key)));
    }

    [Fact]
    public void The_generated_dataset_passes_the_import_validation()
    {
        Assert.Empty(DatasetValidator.Validate(DemoDatasetGenerator.Generate(Reference, new GeneratorOptions(Organisations: 2000, Seed: 99))));
    }

    [Fact]
    public void Real_places_and_events_are_the_reference_facts_unchanged()
    {
        var dataset = TestDataset.Poole;

        Assert.Equal(Reference.Wards.Items.Select(w => w.Name), dataset.Wards.Select(w => w.Name));
        Assert.All(dataset.Wards, w => Assert.True(w.CentroidIsApproximate));
        Assert.Equal(Reference.ChildrensCentres.Items.Select(c => (c.Name, c.Status2013)), dataset.ChildrensCentres.Select(c => (c.Name, c.Status2013)));
        Assert.All(dataset.ChildrensCentres, c => Assert.True(c.OperationalFiguresAreSynthetic && !c.IsSynthetic));
        var tedWebster = Assert.Single(dataset.ChildrensCentres, c => c.Name.StartsWith("Ted Webster", StringComparison.Ordinal));
        Assert.Equal((null, null, LocationPrecision.Unknown, false), (tedWebster.Latitude, tedWebster.Ward, tedWebster.LocationPrecision, tedWebster.WardIsInferred));
        Assert.Equal(Reference.EngagementEvents.Items.Select(e => (e.When, e.Attendees)), dataset.EngagementEvents.Select(e => (e.HeldIn, e.Attendees)));
        Assert.Equal(4, dataset.ProgrammeThemes.Count);
    }

    [Fact]
    public void Invented_records_are_flagged_synthetic_and_carry_no_real_identifier_or_contact()
    {
        var dataset = TestDataset.Poole;

        Assert.All(dataset.Organisations, o =>
        {
            Assert.True(o.IsSynthetic);
            Assert.Null(o.Identifier);
            Assert.EndsWith(".example.org", o.ContactEmail, StringComparison.Ordinal);
            Assert.StartsWith("01632 960", o.ContactPhone, StringComparison.Ordinal);
        });
        Assert.All(dataset.OutreachClusters, c => Assert.True(c.IsSynthetic));
        Assert.All(dataset.IdentifiedNeeds, n => Assert.True(n.IsSynthetic));
    }

    [Fact]
    public void Sizes_are_mostly_micro_and_small_and_about_a_third_of_medium_and_larger_will_mentor()
    {
        var bands = TestDataset.Poole.Organisations.Select(o => (Band: SizeBands.FromAnnualIncome(o.AnnualIncome), o.Willingness.ToMentor)).ToList();
        var larger = bands.Where(b => b.Band >= SizeBand.Medium).ToList();

        Assert.InRange(bands.Count(b => b.Band <= SizeBand.Small) / (double)bands.Count, 0.6, 0.85);
        Assert.InRange(bands.Count(b => b.Band >= SizeBand.Large), 3, 25);
        Assert.InRange(larger.Count(b => b.ToMentor) / (double)larger.Count, 0.2, 0.5);
        Assert.DoesNotContain(bands, b => b.Band <= SizeBand.Small && b.ToMentor);
    }

    [Fact]
    public void Small_groups_need_back_office_help_that_large_ones_are_strong_in()
    {
        var organisations = TestDataset.Poole.Organisations.Select(o => (Band: SizeBands.FromAnnualIncome(o.AnnualIncome), o)).ToList();
        string[] backOffice = ["GOVERNANCE", "FUNDRAISING", "SAFEGUARDING"];

        var smallNeeding = organisations.Where(x => x.Band <= SizeBand.Small).Average(x => x.o.Needs.Count(n => backOffice.Contains(n.Area)));
        var largeStrength = organisations.Where(x => x.Band >= SizeBand.Large).Average(x => x.o.Capacities.Where(c => backOffice.Contains(c.Area)).Sum(c => c.Strength));

        Assert.True(smallNeeding >= 1, $"small groups average {smallNeeding:F2} back-office needs");
        Assert.True(largeStrength >= 4, $"large groups average {largeStrength:F2} back-office strength");
    }
}
