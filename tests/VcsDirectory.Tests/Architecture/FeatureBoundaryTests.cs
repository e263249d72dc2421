using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace VcsDirectory.Tests.Architecture;

/// <summary>
/// The shape the API keeps as it grows: the shared kernel (GraphQL plumbing, Access, Audit, Validation, HTTP Caching, background Jobs) depends on no
/// feature, and a dependency between two features runs one way only (the feature that owns a relation extends the
/// other's type). <c>Data</c>, which composes the EF model, and the composition root may know every feature.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private const string Api = "VcsDirectory.Api";

    private static readonly string[] Kernel = ["GraphQL", "Access", "Audit", "Validation", "Caching", "Jobs"];

    private static readonly string[] Features = ["Organisations", "Centres", "Outreach", "Mentoring", "Geography", "Taxonomies", "Engagement", "Import", "Pages", "Consortia", "Services", "OpenReferral", "Outcomes"];


    private static readonly ArchUnitNET.Domain.Architecture Architecture = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();

    [Fact]
    public void The_kernel_depends_on_no_feature() =>
        Types().That().ResideInNamespaceMatching(Pattern(Kernel))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Pattern(Features))
            .Because("features plug into the kernel (each with its AddX()), never the other way round")
            .Check(Architecture);

    [Fact]
    public void No_two_features_depend_on_each_other()
    {
        var edges = Architecture.Types
            .Where(t => FeatureOf(t) is not null)
            .SelectMany(t => t.Dependencies.Select(d => (From: t, To: d.Target)))
            .Where(e => FeatureOf(e.To) is { } to && to != FeatureOf(e.From))
            .GroupBy(e => (From: FeatureOf(e.From)!, To: FeatureOf(e.To)!))
            .ToDictionary(g => g.Key, g => g.Select(e => $"{e.From.FullName} → {e.To.FullName}").Distinct().First());

        var mutual = edges.Keys
            .Where(k => string.CompareOrdinal(k.From, k.To) < 0 && edges.ContainsKey((k.To, k.From)))
            .Select(k => $"{k.From} ↔ {k.To}: {edges[k]}; {edges[(k.To, k.From)]}")
            .ToList();

        Assert.True(mutual.Count == 0, "Features that depend on each other (extend the other's type from the feature that owns the relation instead):\n" + string.Join('\n', mutual));
    }

    [Fact]
    public void Every_feature_folder_is_known_to_this_test()
    {
        var folders = Architecture.Namespaces
            .Select(n => n.FullName)
            .Where(n => n.StartsWith(Api + ".", StringComparison.Ordinal))
            .Select(n => n[(Api.Length + 1)..].Split('.')[0])
            .Distinct();

        Assert.Empty(folders.Except(Kernel).Except(Features).Except(["Data"]));
    }

    private static string Pattern(IEnumerable<string> parts) => $"^{Regex.Escape(Api)}\\.({string.Join('|', parts)})(\\..*)?$";

    private static string? FeatureOf(IType type) =>
        type.Namespace.FullName.StartsWith(Api + ".", StringComparison.Ordinal)
        && type.Namespace.FullName[(Api.Length + 1)..].Split('.')[0] is var top && Features.Contains(top)
            ? top
            : null;
}
