using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class UnformedCentreType : DirectoryObjectGraphType<UnformedCentre>
{
    public UnformedCentreType()
    {
        Name = "UnformedCentre";
        Description = "A centre the borough plan gives no consortium, and why.";
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(u => u.Reason).Description("Why, in one sentence.");
    }
}
