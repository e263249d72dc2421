using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.NeedMap;

/// <summary>The codes of the service categories and wards, and the wards' centroids: what arguments and map properties are spelt in.</summary>
public sealed record NeedMapLookups(
    IReadOnlyDictionary<int, string> ServiceCategoryCodes,
    IReadOnlyDictionary<int, string> WardCodes,
    IReadOnlyDictionary<int, GeoPoint> WardCentroids)
{
    private readonly Dictionary<string, int> categoryIds = ServiceCategoryCodes.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
    private readonly Dictionary<string, int> wardIds = WardCodes.ToDictionary(w => w.Value, w => w.Key, StringComparer.Ordinal);

    public bool TryGetServiceCategoryId(string code, out int id) => categoryIds.TryGetValue(code, out id);

    public bool TryGetWardId(string code, out int id) => wardIds.TryGetValue(code, out id);

    /// <summary>The codes of <paramref name="ids"/>, in the order given; an id with no code (none should exist) is left out.</summary>
    public IReadOnlyList<string> CategoryCodesOf(IEnumerable<int> ids) => ids.Where(ServiceCategoryCodes.ContainsKey).Select(id => ServiceCategoryCodes[id]).ToArray();

    public IReadOnlyList<string> WardCodesOf(IEnumerable<int> ids) => ids.Where(WardCodes.ContainsKey).Select(id => WardCodes[id]).ToArray();
}
