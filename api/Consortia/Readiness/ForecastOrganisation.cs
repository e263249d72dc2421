namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>An organisation as the forecast sees it: strengths today and the open steps of all its support plans.</summary>
/// <param name="Strengths">Capacity area code → strength today, 1 to 3.</param>
public sealed record ForecastOrganisation(int Id, IReadOnlyDictionary<string, int> Strengths, IReadOnlyList<PlannedStep> Steps);
