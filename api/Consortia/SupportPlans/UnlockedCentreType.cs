using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class UnlockedCentreType : DirectoryObjectGraphType<UnlockedCentre>
{
    public UnlockedCentreType()
    {
        Name = "UnlockedCentre";
        Description = "A centre whose best consortium would cover more required categories by the horizon than today.";
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(u => u.CoveredNow).Description("Categories its best consortium covers today; 0 when none can form.");
        Field(u => u.CoveredByHorizon).Description("Categories it would cover by the horizon.");
    }
}
