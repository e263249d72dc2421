using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Geography;

public sealed class WardType : DirectoryObjectGraphType<Ward>
{
    public WardType(IEnumerable<GraphTypeExtension<WardType>> extensions)
    {
        Name = "Ward";
        Description = "An electoral ward of the Borough of Poole (the 16 wards of 2003-2019): real.";
        this.AsNode(w => w.Id);
        Field(w => w.Code).Description("A stable local code derived from the name (not an ONS code).");
        Field(w => w.Name).Description("The ward's name, e.g. Hamworthy East.");
        Field<NonNullGraphType<GeoLocationType>>("centroid")
            .Description("The ward's approximate centre (within about 1 km).")
            .Reads(nameof(Ward.CentroidLatitude), nameof(Ward.CentroidLongitude), nameof(Ward.CentroidIsApproximate))
            .Resolve(ctx => new GeoLocation(ctx.Source.CentroidLatitude, ctx.Source.CentroidLongitude, ctx.Source.CentroidIsApproximate));
        Field(w => w.Source).Description("Where the ward's facts come from.");
        this.ApplyExtensions(extensions);
    }
}
