namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>A support plan step not yet done: strength in the area is expected to reach 2 by the due date.</summary>
public sealed record PlannedStep(string Area, DateOnly DueDate);
