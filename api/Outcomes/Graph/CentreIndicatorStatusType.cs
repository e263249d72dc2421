using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Progress;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class CentreIndicatorStatusType : DirectoryObjectGraphType<CentreIndicatorStatus>
{
    public CentreIndicatorStatusType()
    {
        Name = "CentreIndicatorStatus";
        Description = "How one indicator stands at one centre.";
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(c => c.Status, type: typeof(NonNullGraphType<EnumerationGraphType<IndicatorStatus>>)).Description("How it stands there.");
        Field(c => c.Value, nullable: true).Description("The latest value; null when there is none.");
        Field(c => c.Target).Description("The centre's target.");
        Field(c => c.IsComputed).Description("True when the value is computed from the directory's records.");
        Field(c => c.IsSynthetic).Description("True when the target or the value is a demo figure.");
    }
}
