using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>
/// The report's proposals become records, OPEN and in the report's wording, whether the directory is seeded after the
/// outcomes migration or was seeded before it (the migration's own data step), on the engine the suite runs on.
/// </summary>
public sealed class SeededProposalsTests
{
    /// <summary>
    /// Copied from the seed report ("Partners' proposals for ways of working collaboratively",
    /// <c>shared/context/seed-report.md</c>), under the theme names of <c>shared/data/poole-reference.json</c>.
    /// </summary>
    private static readonly (string Theme, string[] Proposals)[] Report =
    [
        ("Consultation in strategic engagement",
        [
            "Sustained and improved involvement of VCS organisations in the delivery of children centre services",
            "More parents might have the skills/knowledge to participate in decision making concerning the children's centre",
        ]),
        ("Co-production in strategic engagement", ["Stakeholders could be involved in defining needs of sector using local knowledge and approaches"]),
        ("Technical/legal next steps", ["An 'outcomes framework' might form the start point in children's centres"]),
        ("Building community capacity",
        [
            "Outreach set up where there is a cluster of identified need",
            "Community volunteers in each centre or service could have increased opportunities",
        ]),
    ];

    private const string Themes = """
        { programmeThemes(first: 20) { totalCount nodes { name trackedProposals { id version text status owner { id } nextStep nextStepOn indicators { code } } } } }
        """;

    [Fact]
    public async Task A_freshly_migrated_and_seeded_directory_has_exactly_the_reports_proposals_open_in_its_wording()
    {
        using var api = new DirectoryApiFactory();

        var themes = (await api.CreateClient().QueryDataAsync(Themes))["programmeThemes"]!;

        AssertTheReportsProposalsOpenAndUntouched(themes);
    }

    [Fact]
    public async Task A_directory_seeded_before_proposals_were_records_gets_the_reports_proposals_open_in_its_wording()
    {
        using var api = new DirectoryApiFactory();
        api.Settings["Seed:Enabled"] = "false";
        await using (var db = Context(api.Database))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_AddOutcomes", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            foreach (var (theme, proposals) in Report)
            {
                // As the importer stored a theme then: its proposals in one column, a line each.
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "ProgrammeThemes" ("Name", "Proposals", "Source") VALUES ({0}, {1}, 'The seed report.')""", theme, string.Join('\n', proposals));
            }
        }

        var themes = (await api.CreateClient().QueryDataAsync(Themes))["programmeThemes"]!;

        AssertTheReportsProposalsOpenAndUntouched(themes);
    }

    private static void AssertTheReportsProposalsOpenAndUntouched(System.Text.Json.Nodes.JsonNode themes)
    {
        var nodes = themes["nodes"]!.AsArray();
        Assert.Equal(Report.Length, themes["totalCount"]!.GetValue<int>());
        Assert.Equal(
            Report.Select(t => (t.Theme, string.Join('|', t.Proposals))).OrderBy(t => t.Theme, StringComparer.Ordinal),
            nodes.Select(t => (t!["name"]!.GetValue<string>(), string.Join('|', t["trackedProposals"]!.AsArray().Select(p => p!["text"]!.GetValue<string>()))))
                .OrderBy(t => t.Item1, StringComparer.Ordinal));
        var proposals = nodes.SelectMany(t => t!["trackedProposals"]!.AsArray()).ToList();
        Assert.Equal(6, proposals.Count);
        Assert.All(proposals, p =>
        {
            Assert.Equal("OPEN", p!["status"]!.GetValue<string>());
            Assert.Equal(1, p["version"]!.GetValue<int>());
            Assert.Null(p["owner"]);
            Assert.Null(p["nextStep"]);
            Assert.Null(p["nextStepOn"]);
            Assert.Empty(p["indicators"]!.AsArray());
        });
    }

    private static DirectoryDbContext Context(TestDatabase database) => database.CreateContext();
}
