namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Two organisations a coordinator says must never be paired, whichever would mentor the other.</summary>
public sealed record MentoringExclusion(int FirstOrganisationId, int SecondOrganisationId);
