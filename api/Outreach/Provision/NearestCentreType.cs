using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class NearestCentreType : DirectoryObjectGraphType<NearestCentre>
{
    public NearestCentreType()
    {
        Name = "NearestCentre";
        Description = "The children's centre nearest a cluster's centroid, among those whose location is known.";
        Field<NonNullGraphType<ChildrensCentreType>>("centre")
            .Description("The centre.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.Centre.Id));
        Field<NonNullGraphType<FloatGraphType>>("distanceKm")
            .Description("Great-circle distance from the cluster's centroid, in km (to the metre). Demo centres are placed only approximately.")
            .Resolve(ctx => Math.Round(ctx.Source.DistanceKm, 3));
        Field(n => n.IsWithinRadius).Description("True when the centre is within the coverage radius; only then do its services count for the cluster.");
    }
}
