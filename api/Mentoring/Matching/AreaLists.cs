using System.Buffers;
using System.Numerics;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// One side of the candidate index: organisations listed under each capacity area they have. A query unites the
/// lists of a few areas by marking one bit per member, then reads the bits in order, so the result comes ascending and
/// without duplicates at a cost proportional to the lists read.
/// </summary>
internal sealed class AreaLists
{
    private readonly int[] _positions;
    private readonly Dictionary<int, int[]> _membersByArea;

    /// <param name="areasOf">The areas an organisation is listed under; none leaves it out.</param>
    public AreaLists(IReadOnlyList<MatchProfile> profiles, Func<MatchProfile, int[]> areasOf)
    {
        _positions = [.. Enumerable.Range(0, profiles.Count).Where(p => areasOf(profiles[p]).Length > 0)];
        _membersByArea = Enumerable.Range(0, _positions.Length)
            .SelectMany(member => areasOf(profiles[_positions[member]]).Select(area => (area, member)))
            .GroupBy(entry => entry.area, entry => entry.member)
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>Adds the positions of the organisations listed under any of <paramref name="areas"/>, but <paramref name="self"/>, ascending.</summary>
    public List<int> Collect(int[] areas, int self, List<int> positions)
    {
        var words = (_positions.Length + 63) / 64;
        var marks = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(marks, 0, words);
        foreach (var area in areas)
        {
            foreach (var member in _membersByArea.GetValueOrDefault(area, []))
            {
                marks[member >> 6] |= 1UL << member;
            }
        }

        for (var w = 0; w < words; w++)
        {
            for (var word = marks[w]; word != 0; word &= word - 1)
            {
                var position = _positions[(w << 6) + BitOperations.TrailingZeroCount(word)];
                if (position != self)
                {
                    positions.Add(position);
                }
            }
        }

        ArrayPool<ulong>.Shared.Return(marks);
        return positions;
    }
}
