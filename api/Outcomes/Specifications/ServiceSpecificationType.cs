using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Outcomes.Graph;
using VcsDirectory.Api.Outcomes.Progress;

namespace VcsDirectory.Api.Outcomes.Specifications;

public sealed class ServiceSpecificationType : DirectoryObjectGraphType<ServiceSpecification>
{
    public ServiceSpecificationType()
    {
        Name = "ServiceSpecification";
        Description = "What a children's centre's service specification commits to for a period: indicators with targets and baselines, and how each stands.";
        this.AsNode(s => s.Id);
        Field(s => s.Version).Description("Raised by one on every change: pass it back with an update.");
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.").Reads(nameof(ServiceSpecification.CentreId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(s => s.PeriodStart, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The period's first day.");
        Field(s => s.PeriodEnd, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The period's last day.");
        Field(s => s.IsSynthetic).Description("True when the targets are demo figures.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorProgressType>>>>("indicators")
            .Description("Each indicator it commits to, in its order: computed indicators are computed on read from the directory's records.")
            .ReadsKeyOnly()
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<OutcomeProgress>().ProgressAsync(ctx.Source.Id, ctx.CancellationToken));
    }
}
