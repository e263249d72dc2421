using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>A children's centre as the indicator calculators see it.</summary>
/// <param name="OperatorIsVcs">True when a VCS organisation runs it, false when the council does.</param>
/// <param name="ParentRepresentativeCount">Null when the centre's record does not say.</param>
/// <param name="HasAdvisoryBoard">Null when the centre's record does not say.</param>
public sealed record CentreFacts(
    int CentreId,
    GeoPoint? Location,
    bool OperatorIsVcs,
    IReadOnlySet<int> ReachWardIds,
    IReadOnlySet<int> RequiredCategoryIds,
    int? ParentRepresentativeCount,
    bool? HasAdvisoryBoard);
