using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Services;

public sealed class ServiceType : DirectoryObjectGraphType<Service>
{
    public ServiceType()
    {
        Name = "Service";
        Description = "A service an organisation delivers to children and families: what, for whom, when and where (Open Referral UK's service). Demo services are synthetic (see `isSynthetic`).";
        this.AsNode(s => s.Id);
        Field(s => s.Version).Description("Raised by one on every change: pass it back with an update (optimistic concurrency).");
        Field(s => s.Name).Description("Its name, as families see it.");
        Field(s => s.Description, nullable: true).Description("What it offers, in a few sentences; null when not given.");
        Field<NonNullGraphType<OrganisationType>>("provider")
            .Description("The organisation delivering it.")
            .Reads(nameof(Service.ProviderId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.ProviderId));
        Field<NonNullGraphType<ServiceCategoryType>>("category")
            .Description("Its service category (the directory's taxonomy).")
            .Reads(nameof(Service.ServiceCategoryId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById.Load(ctx.Source.ServiceCategoryId));
        Field(s => s.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ServiceStatus>>)).Description("INACTIVE once withdrawn.");
        Field(s => s.MinimumAgeMonths, nullable: true).Description("The youngest child it is for, in months; null when open.");
        Field(s => s.MaximumAgeMonths, nullable: true).Description("The oldest child it is for, in months; null when open.");
        Field(s => s.IsFree).Description("True when families pay nothing; otherwise see feeDescription.");
        Field(s => s.FeeDescription, nullable: true).Description("The fee in a sentence; null when free.");
        Field(s => s.DeliveryModes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DeliveryMode>>>>)).Description("How it reaches families; at least one.");
        Field(s => s.Languages).Description("BCP 47 language tags it is delivered in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceScheduleType>>>>("schedule")
            .Description("Its weekly openings, by day.")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<ServiceSchedule>.Of(ctx, services => services.GetRequiredService<ServiceLoaders>().ScheduleOf).Load(ctx.Source.Id));
        Field(s => s.ContactEmail, nullable: true).Description("The service's public contact email (not a person's).");
        Field(s => s.ContactPhone, nullable: true).Description("The service's public phone number.");
        Field(s => s.LastReviewedOn, nullable: true).Description("When the provider last confirmed it.");
        Field(s => s.IsSynthetic).Description("True for demo data invented for this directory: not a real service.");
        Field(s => s.ModifiedAt).Description("When it last changed (UTC).");
        this.RelationConnection<Service, ChildrensCentreType, ChildrensCentre, ChildrensCentreFilter, ChildrensCentreSort>(
            "deliveredAt", "The children's centres it is delivered at, by name.", services => services.GetRequiredService<ServiceLoaders>().CentresOf, x => x.Id);
        this.RelationConnection<Service, OutreachClusterType, OutreachCluster, OutreachClusterFilter, OutreachClusterSort>(
            "outreachClusters", "The outreach clusters it reaches, by name.", services => services.GetRequiredService<ServiceLoaders>().ClustersOf, x => x.Id);
        this.RelationConnection<Service, WardType, Ward, WardFilter, WardSort>(
            "areaWards", "The wards it covers (its service area), by name.", services => services.GetRequiredService<ServiceLoaders>().AreaWardsOf, x => x.Id);
    }
}
