using System.ComponentModel;

namespace VcsDirectory.Api.Organisations;

/// <summary>NCVO size bands by annual income (UK Civil Society Almanac); ordered from smallest to largest.</summary>
[Description("NCVO size band by annual income (UK Civil Society Almanac); a boundary value falls in the higher band.")]
public enum SizeBand
{
    [Description("Income under £10,000.")]
    Micro,

    [Description("£10,000 to under £100,000.")]
    Small,

    [Description("£100,000 to under £1 million.")]
    Medium,

    [Description("£1 million to under £10 million.")]
    Large,

    [Description("£10 million to under £100 million.")]
    Major,

    [Description("£100 million or more.")]
    SuperMajor,
}
