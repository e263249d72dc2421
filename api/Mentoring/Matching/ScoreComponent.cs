namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>One part of a match score.</summary>
/// <param name="Raw">The measure itself, from 0 to 1.</param>
/// <param name="Contribution">Raw × weight: what this part adds to the total.</param>
/// <param name="Explanation">One sentence a coordinator can read.</param>
public sealed record ScoreComponent(ScoreComponentKind Kind, double Raw, double Weight, double Contribution, string Explanation);
