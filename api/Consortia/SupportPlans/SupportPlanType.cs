using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class SupportPlanType : DirectoryObjectGraphType<SupportPlan>
{
    public SupportPlanType()
    {
        Name = "SupportPlan";
        Description = "An organisation's 18–24-month plan to be ready for an aim: one step per gap, each by a mentoring pairing, training or CVS advice, with a due date.";
        this.AsNode(p => p.Id);
        Field(p => p.Version).Description("Raised by one on every change: pass it back with an update (optimistic concurrency).");
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation getting ready.")
            .Reads(nameof(SupportPlan.OrganisationId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.OrganisationId));
        Field(p => p.Aim, type: typeof(NonNullGraphType<EnumerationGraphType<ReadinessAim>>)).Description("What it is getting ready for.");
        Field(p => p.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("When the plan starts.");
        Field(p => p.TargetDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("When it should be ready: at most 24 months after the start.");
        Field(p => p.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("When the plan was made (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportStepType>>>>("steps").Description("One per gap, by due date.")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<SupportStep>.Of(ctx, services => services.GetRequiredService<SupportPlanLoaders>().StepsOf).Load(ctx.Source.Id));
    }
}
