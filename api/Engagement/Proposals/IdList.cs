using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VcsDirectory.Api.Engagement.Proposals;

/// <summary>A short list of record ids kept in one delimited column, as a proposal's indicator codes are.</summary>
internal static class IdList
{
    public static ValueConverter<List<int>, string> Converter { get; } = new(
        ids => string.Join(',', ids),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList());

    public static ValueComparer<List<int>> Comparer { get; } = new(
        (a, b) => a!.SequenceEqual(b!), c => c.Aggregate(0, (h, x) => HashCode.Combine(h, x)), c => c.ToList());
}
