namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>One step of a proposed support plan: close one gap by a due date.</summary>
/// <param name="Mentor">The best mentor for the area; null when none is eligible (then CVS advice is proposed).</param>
/// <param name="Explanation">Why this source, in one sentence (the mentor's own explanation when there is one).</param>
public sealed record ProposedSupportStep(string Area, DateOnly DueDate, SupportStepSource Source, MentorForArea? Mentor, string Explanation);
