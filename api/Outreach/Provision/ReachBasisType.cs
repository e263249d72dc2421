using GraphQL.Types;
using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class ReachBasisType : EnumerationGraphType
{
    public ReachBasisType()
    {
        Name = "ReachBasis";
        Description = "Why an organisation counts as within reach of a cluster; an organisation may have both reasons.";
        // ReachBasis is a set of flags: None is no reason at all, so it is not a value a client can see.
        Add("WITHIN_RADIUS", ReachBasis.WithinRadius, "Its base is within the radius of the cluster's centroid.");
        Add("SERVES_CLUSTER_WARD", ReachBasis.ServesClusterWard,
            "It says it serves one of the cluster's wards: many organisations work from a distant office or in families' homes.");
    }

    /// <summary>The separate reasons a combination of flags holds, in declaration order.</summary>
    public static IReadOnlyList<ReachBasis> Split(ReachBasis basis) =>
        new[] { ReachBasis.WithinRadius, ReachBasis.ServesClusterWard }.Where(b => basis.HasFlag(b)).ToArray();
}
