using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Outreach.Provision;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Outreach;

public sealed class OutreachClusterType : DirectoryObjectGraphType<OutreachCluster>
{
    public OutreachClusterType()
    {
        Name = "OutreachCluster";
        Description = "A named place where identified need clusters, curated by CVS staff. Demo clusters are synthetic (see `isSynthetic`).";
        this.AsNode(c => c.Id);
        Field(c => c.Version).Description("Raised by one on every change: pass it back with an update (optimistic concurrency).");
        Field(c => c.Name).Description("Its name, e.g. the estate or street it centres on.");
        Field(c => c.Description, nullable: true).Description("What the cluster is about; null when not given.");
        Field<NonNullGraphType<GeoLocationType>>("centroid")
            .Description("The cluster's centre.")
            .Reads(nameof(OutreachCluster.CentroidLatitude), nameof(OutreachCluster.CentroidLongitude))
            .Resolve(ctx => new GeoLocation(ctx.Source.CentroidLatitude, ctx.Source.CentroidLongitude, IsApproximate: true));
        Field<ChildrensCentreType>("childrensCentre")
            .Description("The children's centre it is linked to.")
            .Reads(nameof(OutreachCluster.ChildrensCentreId))
            .Resolve(ctx => ctx.Source.ChildrensCentreId is { } id ? ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(id) : null);
        Field(c => c.OutreachSite, nullable: true).Description("Where outreach is or could be held.");
        Field(c => c.IsSynthetic).Description("True for demo data invented for this directory.");
        Field<NonNullGraphType<IntGraphType>>("familiesAffected")
            .Description("Families affected, summed over the cluster's identified needs.")
            .ReadsKeyOnly()
            .Resolve(ctx => Loaders(ctx).NeedsOf.Load(ctx.Source.Id).Then(needs => needs.Sum(n => n.FamiliesAffected)));
        this.RelationConnection<OutreachCluster, WardType, Ward, WardFilter, WardSort>(
            "wards", "The wards it touches, by name.", services => services.GetRequiredService<OutreachLoaders>().WardsOf, x => x.Id);
        this.RelationConnection<OutreachCluster, IdentifiedNeedType, IdentifiedNeed, IdentifiedNeedFilter, IdentifiedNeedSort>(
            "needs", "The identified needs in it, most severe first.", services => services.GetRequiredService<OutreachLoaders>().NeedsOf, x => x.Id);
        this.AddCoverageField();
    }

    private static OutreachLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<OutreachLoaders>();
}
