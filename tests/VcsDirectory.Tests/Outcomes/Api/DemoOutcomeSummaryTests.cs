using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>The demo's outcomes as the borough sees them (read-only).</summary>
[Collection(SeededApi.Name)]
public sealed class DemoOutcomeSummaryTests(DirectoryApiFactory factory)
{
    private const string Summary = """
        { outcomesSummary { indicator { code basis } onTrack atRisk offTrack noData centres { centre { databaseId } status value target isComputed isSynthetic } } }
        """;

    [Fact]
    public async Task Every_demo_centre_commits_to_every_indicator_and_each_is_counted_once()
    {
        var summary = (await factory.CreateClient().QueryDataAsync(Summary))["outcomesSummary"]!.AsArray();

        Assert.Equal(14, summary.Count);
        Assert.All(summary, s => Assert.Equal(8, s!["onTrack"]!.GetValue<int>() + s["atRisk"]!.GetValue<int>() + s["offTrack"]!.GetValue<int>() + s["noData"]!.GetValue<int>()));
        Assert.All(summary, s => Assert.All(s!["centres"]!.AsArray(), c => Assert.True(c!["isSynthetic"]!.GetValue<bool>())));
    }

    [Fact]
    public async Task The_framework_names_its_sources_and_marks_computed_indicators()
    {
        var framework = (await factory.CreateClient().QueryDataAsync("{ outcomeFramework { domains { code source indicators { code basis direction unit } } } }"))["outcomeFramework"]!;

        var domains = framework["domains"]!.AsArray();
        Assert.Equal(7, domains.Count);
        Assert.StartsWith("Department for Education", domains[0]!["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(8, domains.SelectMany(d => d!["indicators"]!.AsArray()).Count(i => i!["basis"]!.GetValue<string>() == "COMPUTED"));
    }
}
