using System.ComponentModel;

namespace VcsDirectory.Api.Outcomes.Status;

[Description("How an indicator stands against its target (the rule: StatusRule, described on `IndicatorProgress.status`).")]
public enum IndicatorStatus
{
    [Description("The latest value meets the target, or beats it.")]
    OnTrack,
    [Description("The latest value misses the target by no more than 10% of the target.")]
    AtRisk,
    [Description("The latest value misses the target by more than 10% of the target.")]
    OffTrack,
    [Description("There is no value yet, or no target to judge it by.")]
    NoData,
}
