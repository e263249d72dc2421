using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Detection;

/// <summary>A <c>detectNeedClusters</c> input, read and checked: how to cluster, which needs, and how far coverage looks.</summary>
public sealed record DetectionRequest(ClusteringOptions Clustering, NeedSelection Selection, double CoverageRadiusKm)
{
    public const double MinEpsMetres = 50;
    public const double MaxEpsMetres = 5000;
    public const int MaxMinFamilies = 10_000;
    public const double MinRadiusKm = 0.1;
    public const double MaxRadiusKm = 50;

    public static DetectionRequest Default { get; } = new(ClusteringOptions.Default, NeedSelection.All, CoverageAnalyzer.DefaultRadiusKm);

    /// <summary>An omitted field takes its default; a value out of range or an unknown code is an INVALID_ARGUMENT error.</summary>
    public static DetectionRequest Parse(IDictionary<string, object?>? input, NeedMapLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        input ??= new Dictionary<string, object?>();
        // Neither given: both are chosen from the needs' own density; either given: the other takes its fixed value.
        var clustering = ClusteringOptions.Default with
        {
            EpsMetres = input.Optional("epsMetres", (double?)null) is { } eps ? NeedMapArguments.InRange(eps, MinEpsMetres, MaxEpsMetres, "input.epsMetres", "metres") : null,
            MinFamilies = input.Optional("minFamilies", (int?)null) is { } min ? NeedMapArguments.InRange(min, 1, MaxMinFamilies, "input.minFamilies", "families") : null,
        };
        var radius = NeedMapArguments.InRange(
            input.Optional("coverageRadiusKm", (double?)null) ?? CoverageAnalyzer.DefaultRadiusKm, MinRadiusKm, MaxRadiusKm, "input.coverageRadiusKm", "km");
        var selection = new NeedSelection(
            NeedMapArguments.ServiceCategoryIds(lookups, NeedMapArguments.Codes(Value(input, "serviceCategories"), "input.serviceCategories"), "input.serviceCategories"),
            NeedMapArguments.WardIds(lookups, NeedMapArguments.Codes(Value(input, "wards"), "input.wards"), "input.wards"),
            input.Optional("recordedSince", (DateOnly?)null));
        return new DetectionRequest(clustering, selection, radius);
    }

    private static object? Value(IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var value) ? value : null;
}
