using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Geography;

public sealed class WardType : ObjectGraphType<Ward>
{
    public WardType()
    {
        Name = "Ward";
        Description = "An electoral ward of the Borough of Poole (the 16 wards of 2003-2019): real.";
        this.AsNode(w => w.Id);
        Field(w => w.Code).Description("A stable local code derived from the name (not an ONS code).");
        Field(w => w.Name);
        Field<NonNullGraphType<GeoLocationType>>("centroid")
            .Description("The ward's approximate centre (within about 1 km).")
            .Reads(nameof(Ward.CentroidLatitude), nameof(Ward.CentroidLongitude), nameof(Ward.CentroidIsApproximate))
            .Resolve(ctx => new GeoLocation(ctx.Source.CentroidLatitude, ctx.Source.CentroidLongitude, ctx.Source.CentroidIsApproximate));
        Field(w => w.Source).Description("Where the ward's facts come from.");
        this.RelationConnection<Ward, OrganisationType, Organisation, OrganisationFilter, OrganisationSort>(
            "organisations", "Organisations that serve this ward, by name.",
            services => services.GetRequiredService<WardLoaders>().OrganisationsIn, x => x.Id);
        this.RelationConnection<Ward, ChildrensCentreType, ChildrensCentre, ChildrensCentreFilter, ChildrensCentreSort>(
            "childrensCentres", "Children's centres whose reach includes this ward, by name.",
            services => services.GetRequiredService<WardLoaders>().CentresReaching, x => x.Id);
        this.RelationConnection<Ward, OutreachClusterType, OutreachCluster, OutreachClusterFilter, OutreachClusterSort>(
            "outreachClusters", "Outreach clusters that touch this ward, by name.",
            services => services.GetRequiredService<WardLoaders>().ClustersTouching, x => x.Id);
    }
}
