namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>How well one organisation would mentor another, part by part.</summary>
/// <param name="Total">The sum of the components' contributions.</param>
/// <param name="CoveredNeeds">The mentee's needs where the mentor has strength 2 or more.</param>
/// <param name="UncoveredNeeds">The mentee's needs where the mentor has no or only weak (1) capacity.</param>
/// <param name="DistanceKm">Great-circle distance; null when either has no location.</param>
/// <param name="MentorFreePlaces">The mentor's free places before this pairing.</param>
public sealed record MatchScore(
    int MentorId,
    int MenteeId,
    double Total,
    IReadOnlyList<ScoreComponent> Components,
    IReadOnlyList<NeedMatch> CoveredNeeds,
    IReadOnlyList<NeedMatch> UncoveredNeeds,
    double? DistanceKm,
    int MentorFreePlaces);
