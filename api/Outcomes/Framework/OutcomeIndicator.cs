namespace VcsDirectory.Api.Outcomes.Framework;

/// <summary>One measure of an outcome: a figure about a centre, never about a family or a person.</summary>
/// <param name="Code">Stable, upper snake case: specifications and recorded values name indicators by it.</param>
/// <param name="HowMeasured">The definition a reader can check a value against.</param>
/// <param name="Source">Where the indicator comes from (the DfE's core purpose, the seed report).</param>
public sealed record OutcomeIndicator(
    string Code, string Name, IndicatorUnit Unit, IndicatorDirection Direction, string HowMeasured, string Source, IndicatorBasis Basis)
{
    public bool IsComputed => Basis == IndicatorBasis.Computed;
}
