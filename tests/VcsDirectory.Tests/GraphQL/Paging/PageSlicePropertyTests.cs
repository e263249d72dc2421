using VcsDirectory.Api.GraphQL.Paging;

namespace VcsDirectory.Tests.GraphQL.Paging;

/// <summary>
/// A nested page reads a slice of each parent's list without knowing its length; the connection it builds must be
/// the one the whole list paged in memory gives, for every list and every paging a client can send.
/// </summary>
public sealed class PageSlicePropertyTests
{
    public static TheoryData<int> Lengths => [0, 1, 2, 3, 5, 8, 21, 25];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_slice_pages_every_list_as_the_whole_list_pages_in_memory(int length)
    {
        var list = Enumerable.Range(100, length).ToList();
        foreach (var arguments in AllPagings(length))
        {
            var slice = PageSlice.For(arguments);
            var expected = list.ToConnection(arguments);

            foreach (var counted in new[] { true, false })
            {
                if (!counted && slice.NeedsTotal)
                {
                    continue;
                }

                var actual = slice.ToConnection(Read(list, slice), counted ? length : null);

                Assert.True(expected.Nodes.SequenceEqual(actual.Nodes), $"{arguments}, counted {counted}: nodes");
                Assert.Equal(expected.PageInfo, actual.PageInfo);
                Assert.Equal(expected.Edges.Select(e => e.Cursor), actual.Edges.Select(e => e.Cursor));
                if (counted)
                {
                    Assert.Equal(length, actual.TotalCount);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_slice_reads_at_most_one_row_more_than_its_page(int length)
    {
        var list = Enumerable.Range(0, length).ToList();
        foreach (var arguments in AllPagings(length))
        {
            var slice = PageSlice.For(arguments);

            Assert.True(Read(list, slice).Count <= slice.PageSize + 1, arguments.ToString());
        }
    }

    /// <summary>What the SQL window reads: rows [Offset, Offset + Take), or the last Take rows.</summary>
    private static List<int> Read(List<int> list, PageSlice slice) => slice.FromEnd
        ? list.Skip(Math.Max(0, list.Count - slice.Take)).ToList()
        : list.Skip(slice.Offset).Take(slice.Take).ToList();

    /// <summary>Every paging with cursors from a list of <paramref name="length"/> and sizes up to a little past it.</summary>
    private static IEnumerable<PagingArguments> AllPagings(int length)
    {
        var cursors = new string?[] { null }.Concat(Enumerable.Range(0, length).Select(Cursor.Encode)).ToList();
        var sizes = new int?[] { null, 0, 1, 2, 3, length, length + 1 }.Distinct().ToList();
        foreach (var after in cursors)
        {
            foreach (var before in cursors)
            {
                foreach (var size in sizes)
                {
                    yield return new PagingArguments(size, after, null, before);
                    if (size is not null)
                    {
                        yield return new PagingArguments(null, after, size, before);
                    }
                }
            }
        }
    }
}
