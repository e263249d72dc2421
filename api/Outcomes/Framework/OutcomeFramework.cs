namespace VcsDirectory.Api.Outcomes.Framework;

/// <summary>Outcome domains and their indicators: what a centre's service specification can commit to.</summary>
public sealed record OutcomeFramework(string Name, string Description, IReadOnlyList<OutcomeDomain> Domains)
{
    public IEnumerable<OutcomeIndicator> Indicators => Domains.SelectMany(d => d.Indicators);

    /// <summary>The indicator with this code; null when the framework has none.</summary>
    public OutcomeIndicator? Indicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    /// <summary>The domain an indicator belongs to.</summary>
    public OutcomeDomain DomainOf(OutcomeIndicator indicator) => Domains.First(d => d.Indicators.Contains(indicator));
}
