using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Tests.Outcomes.Status;

/// <summary>The status rule on hand-worked cases: a target of 4 parent representatives, and 10% smoking at delivery (lower is better).</summary>
public sealed class StatusRuleTests
{
    [Theory]
    [InlineData(5, IndicatorStatus.OnTrack)]
    [InlineData(4, IndicatorStatus.OnTrack)]
    [InlineData(3.6, IndicatorStatus.AtRisk)]
    [InlineData(3.5, IndicatorStatus.OffTrack)]
    [InlineData(0, IndicatorStatus.OffTrack)]
    public void A_higher_is_better_value_is_judged_against_the_target_with_a_ten_percent_margin(double value, IndicatorStatus expected) =>
        Assert.Equal(expected, StatusRule.Assess(IndicatorDirection.HigherIsBetter, 4, value).Status);

    [Theory]
    [InlineData(8, IndicatorStatus.OnTrack)]
    [InlineData(10, IndicatorStatus.OnTrack)]
    [InlineData(11, IndicatorStatus.AtRisk)]
    [InlineData(11.5, IndicatorStatus.OffTrack)]
    public void A_lower_is_better_value_misses_its_target_by_being_above_it(double value, IndicatorStatus expected) =>
        Assert.Equal(expected, StatusRule.Assess(IndicatorDirection.LowerIsBetter, 10, value).Status);

    [Fact]
    public void No_value_or_no_target_is_no_data()
    {
        Assert.Equal(IndicatorStatus.NoData, StatusRule.Assess(IndicatorDirection.HigherIsBetter, 4, null).Status);
        Assert.Equal(IndicatorStatus.NoData, StatusRule.Assess(IndicatorDirection.HigherIsBetter, null, 4).Status);
    }

    [Fact]
    public void A_missed_yes_no_target_is_off_track() =>
        Assert.Equal(IndicatorStatus.OffTrack, StatusRule.Assess(IndicatorDirection.HigherIsBetter, 1, 0).Status);

    [Fact]
    public void The_explanation_gives_the_value_the_target_and_the_shortfall() =>
        Assert.Equal("0 is 4 below the target of 4, more than 10% of it.", StatusRule.Assess(IndicatorDirection.HigherIsBetter, 4, 0).Explanation);
}
