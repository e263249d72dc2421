using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outcomes.Indicators;

namespace VcsDirectory.Tests.Outcomes.Indicators;

/// <summary>
/// A small hand-worked dataset: a council-run centre at Poole Quay reaching wards 1 and 2, requiring categories 10, 11 and 12.
/// </summary>
internal static class SmallCentre
{
    public static readonly GeoPoint Quay = new(50.7128, -1.9874);

    public static CentreFacts Centre(bool operatorIsVcs = false, int? parents = 3, bool? board = true) =>
        new(1, Quay, operatorIsVcs, new HashSet<int> { 1, 2 }, new HashSet<int> { 10, 11, 12 }, parents, board);
}
