using System.Text;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import.Csv;

/// <summary>Files a careless or hostile sender might post: each refused with a clear code and sentence, nothing written; the sound oddities accepted.</summary>
public sealed class HostileCsvTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("name,kind\nA,CHARITY\n")).ToArray(), "WRONG_ENCODING" },
        { "Windows-1252", [.. "name,kind\nCaf"u8.ToArray(), 0xE9, .. ",CHARITY\n"u8.ToArray()], "WRONG_ENCODING" },
        { "10,000 columns", Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"c{i}")) + "\n"), "TOO_MANY_COLUMNS" },
        { "duplicate headers", "name,kind,name\nA,CHARITY,B\n"u8.ToArray(), "DUPLICATE_COLUMN" },
        { "no name column", "kind,income\nCHARITY,5\n"u8.ToArray(), "MISSING_COLUMN" },
        { "an unknown column", "name,kind,favourite_colour\nA,CHARITY,blue\n"u8.ToArray(), "UNKNOWN_COLUMN" },
        { "a broken quote", "name,kind\n\"Unclosed,CHARITY\nB\"x\"y,CHARITY\n"u8.ToArray(), "MALFORMED" },
        { "a short row", "name,kind\nA\n"u8.ToArray(), "ROW_LENGTH" },
        { "an empty file", ""u8.ToArray(), "EMPTY" },
        { "too many rows", Encoding.UTF8.GetBytes("name,kind\n" + string.Concat(Enumerable.Range(0, 20_001).Select(i => $"G{i},CHARITY\n"))), "TOO_MANY_ROWS" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_hostile_file_is_refused_with_its_code_and_nothing_is_written(string what, byte[] file, string code)
    {
        var before = await factory.CountsAsync();

        var (status, body) = await factory.ImportAsync(file);

        Assert.True(status == 422, $"{what}: {status} {body.ToJsonString()}");
        Assert.Contains(body.Problems(), p => p.Code == code);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_413_before_it_is_parsed()
    {
        var before = await factory.CountsAsync();
        var file = new byte[50 * 1024 * 1024];
        Array.Fill(file, (byte)'a');

        var (status, body) = await factory.ImportAsync(file);

        Assert.Equal(413, status);
        Assert.Equal("TOO_LARGE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Another_content_type_is_refused_415()
    {
        var (status, _) = await factory.ImportAsync("name,kind\nA,CHARITY\n"u8.ToArray(), contentType: "application/json");

        Assert.Equal(415, status);
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_and_quoted_line_breaks_are_read_as_Excel_writes_them()
    {
        var file = Encoding.UTF8.GetPreamble().Concat("name,kind,description\n\"Café, Lunch & Play\",CHARITY,\"Two\nlines\"\n"u8.ToArray()).ToArray();

        var (status, body) = await factory.ImportAsync(file, dryRun: true);

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal(1, body["created"]!.GetValue<int>());
    }
}
