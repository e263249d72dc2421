namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Numbers the wards, service categories and capacity areas that appear among a set of organisations 0, 1, 2…, so
/// that profiles can hold them as bit sets and arrays indexed by area, whatever the ids themselves are.
/// </summary>
internal sealed class MatchVocabulary
{
    private readonly Dictionary<int, int> _wards;
    private readonly Dictionary<int, int> _services;
    private readonly Dictionary<int, int> _areas;

    public MatchVocabulary(IEnumerable<MatchingOrganisation> organisations)
    {
        var all = organisations as IReadOnlyCollection<MatchingOrganisation> ?? [.. organisations];
        _wards = Number(all.SelectMany(o => o.WardIds));
        _services = Number(all.SelectMany(o => o.ServiceCategoryIds));
        _areas = Number(all.SelectMany(o => o.Capacities.Keys.Concat(o.Needs.Keys)));
    }

    public int AreaCount => _areas.Count;

    public ulong[] Wards(IEnumerable<int> ids) => BitSets.Of(ids.Select(id => _wards[id]), _wards.Count);

    public ulong[] Services(IEnumerable<int> ids) => BitSets.Of(ids.Select(id => _services[id]), _services.Count);

    public ulong[] Areas(IEnumerable<int> ids) => BitSets.Of(ids.Select(AreaIndex), _areas.Count);

    public int AreaIndex(int id) => _areas[id];

    private static Dictionary<int, int> Number(IEnumerable<int> ids) =>
        ids.Distinct().Order().Select((id, index) => (id, index)).ToDictionary(entry => entry.id, entry => entry.index);
}
