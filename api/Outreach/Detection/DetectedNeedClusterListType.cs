using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Outreach.Detection;

public sealed class DetectedNeedClusterListType : DirectoryObjectGraphType<DetectedNeedClusterList>
{
    public DetectedNeedClusterListType()
    {
        Name = "DetectedNeedClusterList";
        Description = "Clusters of identified need detected on request (weighted DBSCAN over the needs' grid cells, its radius and minimum chosen from the needs' own density unless given), with what they were found among.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DetectedNeedClusterType>>>>("clusters")
            .Description("The clusters, largest first (families affected). Needs in no cluster are left out.")
            .Resolve(ctx => ctx.Source.Clusters);
        Field<NonNullGraphType<DetectionOptionsType>>("options").Description("The options used, defaults filled in.").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<IntGraphType>>("needsConsidered").Description("The identified needs that matched the input and were clustered.").Resolve(ctx => ctx.Source.NeedsConsidered);
        Field<NonNullGraphType<IntGraphType>>("familiesConsidered").Description("Their families affected, summed.").Resolve(ctx => ctx.Source.FamiliesConsidered);
    }
}
