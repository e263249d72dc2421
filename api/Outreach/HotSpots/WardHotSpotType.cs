using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.HotSpots;

public sealed class WardHotSpotType : DirectoryObjectGraphType<WardHotSpot>
{
    public WardHotSpotType()
    {
        Name = "WardHotSpot";
        Description = "One ward's Getis–Ord Gi*: whether the ward with its neighbours has more (hot) or fewer (cold) families in need than the borough, beyond chance.";
        Field<NonNullGraphType<WardType>>("ward")
            .Description("The ward.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<WardLoaders>().ById.Load(ctx.Source.WardId));
        Field<NonNullGraphType<IntGraphType>>("familiesInNeed")
            .Description("Families with an identified need in the category in the ward.")
            .Resolve(ctx => (int)ctx.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("zScore")
            .Description("The Gi* z-score: positive above the borough, negative below; 0 when every ward has the same value.")
            .Resolve(ctx => Math.Round(ctx.Source.ZScore, 4));
        Field(h => h.NeighbourCount).Description("The wards in its neighbourhood, itself included.");
        Field<NonNullGraphType<HotSpotBinType>>("bin").Description("The confidence bin of the z-score.").Resolve(ctx => ctx.Source.Bin);
        Field(h => h.ConfidencePercent, nullable: true).Description("99, 95 or 90; null when the ward is not significant.");
    }
}
