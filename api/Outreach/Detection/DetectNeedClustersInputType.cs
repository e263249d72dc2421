using GraphQL.Types;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;
using static VcsDirectory.Api.Outreach.Detection.DetectionRequest;

namespace VcsDirectory.Api.Outreach.Detection;

public sealed class DetectNeedClustersInputType : InputObjectGraphType
{
    public DetectNeedClustersInputType()
    {
        Name = "DetectNeedClustersInput";
        Description = "How to look for clusters of identified need, and among which needs. Every field is optional; a value out of range is an INVALID_ARGUMENT error.";
        Field<FloatGraphType>("epsMetres")
            .Description(
                $"The neighbourhood radius on the ground, {MinEpsMetres:0} to {MaxEpsMetres:0} metres. Omitted with minFamilies: both are chosen from the needs' own " +
                $"density (see options.chosenFromData); omitted alone: {ClusteringOptions.FixedEpsMetres:0} m, a short walk with a pushchair spanning a few ~{NeedGrid.CellMetres} m grid cells.");
        Field<IntGraphType>("minFamilies")
            .Description(
                $"The families a neighbourhood must hold for its needs to seed a cluster, 1 to {MaxMinFamilies:N0}. Omitted with epsMetres: chosen from the needs' " +
                $"own density; omitted alone: {ClusteringOptions.FixedMinFamilies}, about the families one outreach session can serve.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("serviceCategories")
            .Description("Only needs in these service categories (codes, e.g. SEND). Omitted: every category; an unknown code is an INVALID_ARGUMENT error.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wards")
            .Description("Only needs in these wards (codes, e.g. POOLE_TOWN). Omitted: every ward; an unknown code is an INVALID_ARGUMENT error.");
        Field<DateOnlyGraphType>("recordedSince").Description("Only needs recorded on or after this day.");
        Field<FloatGraphType>("coverageRadiusKm")
            .DefaultValue(CoverageAnalyzer.DefaultRadiusKm)
            .Description($"How far from a cluster's centroid coverage looks for centres and organisations, {MinRadiusKm} to {MaxRadiusKm:0} km.");
    }
}
