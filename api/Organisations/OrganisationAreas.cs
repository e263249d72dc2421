using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

/// <summary>Sets an organisation's capacities or needs to a wanted list, for the mutations and the importer alike.</summary>
public static class OrganisationAreas
{
    public static void SetCapacities(Organisation o, IEnumerable<(string Area, int Strength, string? Note)> wanted, IReadOnlyDictionary<string, CapacityArea> areas) =>
        Merge(o.Capacities, wanted.ToList(), c => c.CapacityArea.Code,
            c => new OrganisationCapacity { CapacityArea = areas.GetValueOrDefault(c.Area)!, Strength = c.Strength, Note = c.Note },
            (e, c) => (e.Strength, e.Note) = (c.Strength, c.Note));

    public static void SetNeeds(Organisation o, IEnumerable<(string Area, int Priority, string? Note)> wanted, IReadOnlyDictionary<string, CapacityArea> areas) =>
        Merge(o.Needs, wanted.ToList(), n => n.CapacityArea.Code,
            n => new OrganisationNeed { CapacityArea = areas.GetValueOrDefault(n.Area)!, Priority = n.Priority, Note = n.Note },
            (e, n) => (e.Priority, e.Note) = (n.Priority, n.Note));

    // Rows keyed by (organisation, area) are updated in place: removing and re-adding one key in a save would clash. The
    // list ends in the wanted order, so the rules' paths (capacities[2]) point at the input's entries. An unknown area
    // gets no area: the lookup has reported it and the edit is refused before anything is saved.
    private static void Merge<TEntity, TWanted>(
        List<TEntity> current, IReadOnlyList<TWanted> wanted, Func<TEntity, string> area, Func<TWanted, TEntity> create, Action<TEntity, TWanted> update)
        where TEntity : class
        where TWanted : struct, System.Runtime.CompilerServices.ITuple
    {
        var byArea = new Dictionary<string, TEntity>(StringComparer.Ordinal);
        foreach (var entity in current)
        {
            byArea.TryAdd(area(entity), entity);
        }

        var result = new List<TEntity>(wanted.Count);
        foreach (var item in wanted)
        {
            var code = (string)item[0]!;
            if (!byArea.TryGetValue(code, out var entity))
            {
                entity = create(item);
                byArea[code] = entity;
                result.Add(entity);
            }
            else if (!result.Contains(entity))
            {
                update(entity, item);
                result.Add(entity);
            }
        }

        current.Clear();
        current.AddRange(result);
    }
}
