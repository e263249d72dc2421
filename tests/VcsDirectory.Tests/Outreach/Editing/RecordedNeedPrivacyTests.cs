using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Editing;

/// <summary>
/// The exact point a need was found at never reaches the database or a log: only its ~250 m grid cell's centre does.
/// The search is for the submitted coordinates as text (any table's columns, the audit's JSON, any log line) and, in
/// the SQLite file and its write-ahead log, as the 8-byte doubles SQLite stores; the snapped ones are found the same way.
/// </summary>
public sealed class RecordedNeedPrivacyTests : IClassFixture<DirectoryApiFactory>
{
    private const double Latitude = 50.7234567, Longitude = -1.9423456;

    private readonly DirectoryApiFactory _factory;
    private readonly CapturedLogs _logs = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _server;

    public RecordedNeedPrivacyTests(DirectoryApiFactory factory)
    {
        _factory = factory;
        _server = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_logs).AddFilter<CapturedLogs>(null, LogLevel.Trace)));
    }

    [Fact]
    public async Task The_submitted_coordinates_are_in_neither_the_database_nor_the_logs_and_the_snapped_ones_are_in_the_database()
    {
        var staff = _server.CreateClient().WithToken(TestTokens.CvsStaff());

        var data = await staff.QueryDataAsync(NeedRecording.Record, new { input = new { needs = new[] { NeedRecording.Need(Latitude, Longitude, "Privacy check") } } });

        var location = data["recordIdentifiedNeeds"]!["identifiedNeeds"]![0]!["location"]!;
        Assert.Equal((NeedGrid.Snap(Latitude), NeedGrid.Snap(Longitude)), (location["latitude"]!.GetValue<double>(), location["longitude"]!.GetValue<double>()));
        var stored = await StoredAsync();
        Assert.NotEmpty(_logs.Lines);
        Assert.All(new[] { Latitude, Longitude }, exact => Assert.False(Holds(stored, exact), $"{exact} is stored."));
        Assert.All(new[] { Latitude, Longitude }, exact => Assert.DoesNotContain(_logs.Lines, line => line.Contains(Text(exact)[..8], StringComparison.Ordinal)));
        Assert.All(new[] { NeedGrid.Snap(Latitude), NeedGrid.Snap(Longitude) }, snapped => Assert.True(Holds(stored, snapped), $"{snapped} is not found: the search is blind."));
    }

    private static string Text(double value) => Math.Abs(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The coordinate as text (its first 8 characters: no shorter rounding of it either) or as SQLite's big-endian double.</summary>
    private static bool Holds(byte[] stored, double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        return stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Text(value)[..8])) >= 0 || stored.AsSpan().IndexOf(bytes) >= 0;
    }

    /// <summary>SQLite: the database file and its write-ahead log, byte for byte. PostgreSQL: every row of every table as text.</summary>
    private async Task<byte[]> StoredAsync()
    {
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        if (!TestDatabase.IsPostgres)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_factory.Database.ConnectionString).DataSource;
            var files = new[] { path, path + "-wal" }.Where(File.Exists).Select(f =>
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
            return files.SelectMany(b => b).ToArray();
        }

        var rows = new StringBuilder();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            // Table names from the model, not from input.
            var sql = "SELECT t::text AS \"Value\" FROM \"" + table + "\" t";
            rows.AppendJoin('\n', await db.Database.SqlQueryRaw<string>(sql).ToListAsync());
        }

        return Encoding.UTF8.GetBytes(rows.ToString());
    }
}
