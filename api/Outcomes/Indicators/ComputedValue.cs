namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>A computed indicator's value for a centre (null when the records cannot give one) and how it was reached.</summary>
public sealed record ComputedValue(double? Value, string Explanation)
{
    public static ComputedValue None(string why) => new(null, why);
}
