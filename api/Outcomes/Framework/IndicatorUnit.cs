using System.ComponentModel;

namespace VcsDirectory.Api.Outcomes.Framework;

[Description("What an indicator's value counts.")]
public enum IndicatorUnit
{
    [Description("A whole number of things (representatives, opportunities, pairings).")]
    Count,
    [Description("A percentage, 0 to 100.")]
    Percent,
    [Description("1 for yes, 0 for no.")]
    YesNo,
}
