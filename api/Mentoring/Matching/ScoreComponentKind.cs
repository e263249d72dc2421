namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The parts a match score is the weighted sum of.</summary>
public enum ScoreComponentKind
{
    NeedCoverage,
    SharedServices,
    Locality,
    SizeGap,
}
