using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Indicators;
using VcsDirectory.Tests.Outcomes.Indicators;

namespace VcsDirectory.Tests.Outcomes.Framework;

public sealed class PooleOutcomeFrameworkTests
{
    private static readonly OutcomeFramework Framework = PooleOutcomeFramework.Instance;

    [Fact]
    public void Indicator_codes_are_unique() =>
        Assert.Equal(Framework.Indicators.Count(), Framework.Indicators.Select(i => i.Code).Distinct().Count());

    [Fact]
    public void Every_domain_and_indicator_names_its_source_and_the_dfe_domains_come_from_the_dfe() =>
        Assert.All(Framework.Domains, d =>
        {
            Assert.Contains(d.Source, new[] { OutcomeSources.DfeCorePurpose, OutcomeSources.SeedReport });
            Assert.All(d.Indicators, i => Assert.Equal(d.Source, i.Source));
        });

    [Fact]
    public void Every_computed_indicator_has_a_calculator_and_only_those_do()
    {
        var records = new CentreRecords(SmallCentre.Centre(), [], [], [], [], []);

        Assert.All(Framework.Indicators.Where(i => i.IsComputed), i => Assert.NotNull(IndicatorCalculator.Compute(i.Code, records)));
        Assert.All(Framework.Indicators.Where(i => !i.IsComputed), i => Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCalculator.Compute(i.Code, records)));
    }

    [Fact]
    public void The_framework_holds_the_three_parts_of_the_core_purpose_and_the_four_engagement_outcomes() =>
        Assert.Equal(
            ["CHILD_DEVELOPMENT", "PARENTING", "HEALTH", "PARENTS_IN_DECISIONS", "VCS_IN_DELIVERY", "VOLUNTEERING", "REACH_INTO_NEED"],
            Framework.Domains.Select(d => d.Code));
}
