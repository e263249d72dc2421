using System.Collections;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Capacity area id → level (a strength or a priority), read-only, in one array: the ids ascending, then their levels.
/// </summary>
/// <remarks>
/// The matching snapshot holds two of these per organisation for as long as the data version stays put. A
/// <see cref="Dictionary{TKey, TValue}"/> of two or three entries took about 240 bytes with its key and value
/// collections; this takes about 70. An organisation has a handful of areas, so a binary search is as quick as a hash.
/// </remarks>
public sealed class AreaLevelDictionary : IReadOnlyDictionary<int, int>
{
    public static readonly AreaLevelDictionary Empty = new([]);

    /// <summary>Ids in [0, Count), levels in [Count, 2 × Count).</summary>
    private readonly int[] _idsThenLevels;

    private AreaLevelDictionary(int[] idsThenLevels) => _idsThenLevels = idsThenLevels;

    public int Count => _idsThenLevels.Length / 2;

    // Copies, not views: the snapshot is shared by every request, so no caller may reach the array behind it.
    public IEnumerable<int> Keys => _idsThenLevels[..Count];

    public IEnumerable<int> Values => _idsThenLevels[Count..];

    public int this[int key] => TryGetValue(key, out var level) ? level : throw new KeyNotFoundException($"No capacity area {key}.");

    /// <summary>The levels by area; an area listed twice is refused, as a dictionary would.</summary>
    public static AreaLevelDictionary Of(IEnumerable<(int AreaId, int Level)> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var sorted = levels.OrderBy(l => l.AreaId).ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        var idsThenLevels = new int[sorted.Length * 2];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].AreaId == sorted[i - 1].AreaId)
            {
                throw new ArgumentException($"Capacity area {sorted[i].AreaId} is listed twice.", nameof(levels));
            }

            idsThenLevels[i] = sorted[i].AreaId;
            idsThenLevels[sorted.Length + i] = sorted[i].Level;
        }

        return new AreaLevelDictionary(idsThenLevels);
    }

    public bool ContainsKey(int key) => IndexOf(key) >= 0;

    public bool TryGetValue(int key, out int value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _idsThenLevels[Count + index] : 0;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<int, int>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<int, int>(_idsThenLevels[i], _idsThenLevels[Count + i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(int key) => Array.BinarySearch(_idsThenLevels, 0, Count, key);
}
