using System.Numerics;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Small bit sets as arrays of 64-bit words; sets compared together always have the same length.</summary>
internal static class BitSets
{
    public static ulong[] Of(IEnumerable<int> members, int universe)
    {
        var words = new ulong[(universe + 63) / 64];
        foreach (var member in members)
        {
            words[member / 64] |= 1UL << (member % 64);
        }

        return words;
    }

    public static int CountShared(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }

        return count;
    }

    public static bool Overlap(ulong[] a, ulong[] b)
    {
        for (var w = 0; w < a.Length; w++)
        {
            if ((a[w] & b[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
