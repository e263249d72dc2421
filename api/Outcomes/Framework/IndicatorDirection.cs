using System.ComponentModel;

namespace VcsDirectory.Api.Outcomes.Framework;

[Description("Which way an indicator's value should move.")]
public enum IndicatorDirection
{
    [Description("A higher value is better (more parents in decisions).")]
    HigherIsBetter,
    [Description("A lower value is better (fewer mothers smoking at delivery).")]
    LowerIsBetter,
}
