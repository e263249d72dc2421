namespace VcsDirectory.Api.Jobs;

/// <summary>How far a job has come: 0–100, and the phase under way in a few words.</summary>
public readonly record struct JobProgress(int Percent, string Phase);
