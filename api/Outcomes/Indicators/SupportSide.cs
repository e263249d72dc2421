namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>One organisation in a support relationship and the wards it serves.</summary>
public sealed record SupportSide(int OrganisationId, IReadOnlySet<int> WardIds);
