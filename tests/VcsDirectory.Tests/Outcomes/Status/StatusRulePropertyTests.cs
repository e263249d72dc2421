using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Tests.Outcomes.Status;

/// <summary>Properties of the status rule on seeded random targets and values (whole tenths, so the 10% boundary is hit exactly).</summary>
public sealed class StatusRulePropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mirroring_the_values_turns_one_direction_into_the_other(int seed)
    {
        foreach (var (target, value) in Cases(seed))
        {
            Assert.Equal(
                StatusRule.Assess(IndicatorDirection.HigherIsBetter, target, value).Status,
                StatusRule.Assess(IndicatorDirection.LowerIsBetter, -target, -value).Status);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_better_value_never_has_a_worse_status(int seed)
    {
        foreach (var direction in Enum.GetValues<IndicatorDirection>())
        {
            foreach (var (target, value) in Cases(seed))
            {
                var better = direction == IndicatorDirection.HigherIsBetter ? value + 0.5 : value - 0.5;
                Assert.True(
                    Rank(StatusRule.Assess(direction, target, better).Status) <= Rank(StatusRule.Assess(direction, target, value).Status),
                    $"{direction}: {better} is judged worse than {value} against {target}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void On_track_exactly_when_the_target_is_met_and_off_track_exactly_beyond_the_margin(int seed)
    {
        foreach (var direction in Enum.GetValues<IndicatorDirection>())
        {
            foreach (var (target, value) in Cases(seed))
            {
                var shortfall = direction == IndicatorDirection.HigherIsBetter ? target - value : value - target;
                var status = StatusRule.Assess(direction, target, value).Status;
                Assert.Equal(shortfall <= 1e-9, status == IndicatorStatus.OnTrack);
                Assert.Equal(shortfall > (Math.Abs(target) * StatusRule.Tolerance) + 1e-9, status == IndicatorStatus.OffTrack);
                Assert.NotEqual(IndicatorStatus.NoData, status);
            }
        }
    }

    private static int Rank(IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => 0,
        IndicatorStatus.AtRisk => 1,
        _ => 2,
    };

    private static IEnumerable<(double Target, double Value)> Cases(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var target = random.Next(-1000, 1000) / 10.0;
            yield return (target, target + (random.Next(-300, 300) / 10.0));
        }
    }
}
