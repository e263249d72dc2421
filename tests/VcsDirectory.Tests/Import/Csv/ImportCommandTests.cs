using VcsDirectory.Api.Import.Csv;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import.Csv;

/// <summary><c>import organisations FILE.csv [--dry-run]</c>: the same import from a shell, with an exit code and a readable report.</summary>
public sealed class ImportCommandTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"vcsdirectory-import-{Guid.NewGuid():N}.csv");

    [Fact]
    public async Task The_command_imports_a_file_and_exits_0()
    {
        await File.WriteAllTextAsync(_file, "name,kind,postcode_area\nCreekmoor Play Group,COMMUNITY_GROUP,BH17\n");
        var before = await factory.CountsAsync();
        var output = new StringWriter();

        var exit = await ImportCommand.RunAsync(factory.Services, ["import", "organisations", _file], output);

        Assert.Equal(0, exit);
        Assert.Contains("Created 1", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before.Organisations + 1, (await factory.CountsAsync()).Organisations);
    }

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        await File.WriteAllTextAsync(_file, "name,kind,postcode_area\nBroadstone Bumps,CHARITY,BH18\n");
        var before = await factory.CountsAsync();

        var exit = await ImportCommand.RunAsync(factory.Services, ["import", "organisations", _file, "--dry-run"], new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_file_with_problems_exits_1_and_lists_them_by_row_and_column()
    {
        await File.WriteAllTextAsync(_file, "name,kind\nBad Kind Group,CASTLE\n");
        var output = new StringWriter();

        var exit = await ImportCommand.RunAsync(factory.Services, ["import", "organisations", _file], output);

        Assert.Equal(1, exit);
        Assert.Contains("row 2, kind: INVALID_VALUE", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arguments_it_does_not_know_are_refused_without_importing()
    {
        var before = await factory.CountsAsync();

        var exit = await ImportCommand.RunAsync(factory.Services, ["import", "organisations"], new StringWriter());

        Assert.NotEqual(0, exit);
        Assert.Equal(before, await factory.CountsAsync());
    }

    public void Dispose() => File.Delete(_file);
}
