namespace VcsDirectory.Api.Outcomes.Framework;

/// <summary>An outcome a centre works towards (child development and school readiness…), with the indicators that measure it.</summary>
public sealed record OutcomeDomain(string Code, string Name, string Source, IReadOnlyList<OutcomeIndicator> Indicators);
