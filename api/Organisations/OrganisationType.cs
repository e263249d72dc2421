using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class OrganisationType : DirectoryObjectGraphType<Organisation>
{
    private const string Restricted = "Restricted personal data: served only to CVS staff and to the organisation's own coordinators; null for everyone else.";

    public OrganisationType(IEnumerable<GraphTypeExtension<OrganisationType>> extensions)
    {
        Name = "Organisation";
        Description = "A voluntary or community sector organisation working with children and families. Demo organisations are synthetic (see `isSynthetic`).";
        this.AsNode(o => o.Id);
        Field(o => o.Name).Description("Its name as it is known locally.");
        Field(o => o.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<OrganisationKind>>)).Description("Its legal or informal form.");
        Field(o => o.Identifier, nullable: true).Description("An org-id.guide identifier (GB-CHC-…); synthetic organisations have none.");
        Field(o => o.AnnualIncome).Description("Annual income in whole pounds.");
        Field(o => o.SizeBand, type: typeof(NonNullGraphType<EnumerationGraphType<SizeBand>>)).Description("The NCVO size band of the annual income.");
        Field(o => o.StaffCount).Description("Paid staff (headcount).");
        Field(o => o.VolunteerCount).Description("Active volunteers.");
        Field(o => o.Description, nullable: true).Description("What it does, in its own words; null when not given.");
        Field(o => o.Website, nullable: true).Description("Its website, an absolute http(s) address; null when it has none.");
        Field<StringGraphType>("contactEmail").Description(Restricted).Reads(nameof(Organisation.ContactEmail)).Resolve(ctx => Contact(ctx, ctx.Source.ContactEmail));
        Field<StringGraphType>("contactPhone").Description(Restricted).Reads(nameof(Organisation.ContactPhone)).Resolve(ctx => Contact(ctx, ctx.Source.ContactPhone));
        Field<GeoLocationType>("location")
            .Description("Where the organisation is based, if known.")
            .Reads(nameof(Organisation.Latitude), nameof(Organisation.Longitude))
            .Resolve(ctx => GeoLocation.From(ctx.Source.Latitude, ctx.Source.Longitude, isApproximate: false));
        Field(o => o.PostcodeArea, nullable: true).Description("The outward postcode (e.g. BH15), never a full postcode.");
        Field(o => o.Willingness, type: typeof(NonNullGraphType<WillingnessType>)).Description("What it says it is willing to do in the programme.");
        Field(o => o.SupportNeeded, nullable: true).Description("The support it says it would need over 18-24 months to do what it is willing to do.");
        Field(o => o.IsSynthetic).Description("True for demo data invented for this directory: not a real organisation.");
        Field(o => o.LastReviewedOn, nullable: true).Description("When the organisation last confirmed its record.");
        Field(o => o.Version).Description("Raised by one on every change: pass it back with an update, which is refused as STALE if someone changed the record since.");
        Field(o => o.ArchivedAt, nullable: true).Description("When the organisation was archived; archived organisations leave the lists but can still be fetched by id.");
        Field(o => o.ArchiveReason, nullable: true).Description("Why it was archived; null unless archivedAt is set.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityType>>>>("capacities")
            .Description("Areas it is strong in, strongest first.")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<OrganisationCapacity>.Of(ctx, services => services.GetRequiredService<OrganisationLoaders>().CapacitiesOf).Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("Areas it needs help with, most urgent first.")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<OrganisationNeed>.Of(ctx, services => services.GetRequiredService<OrganisationLoaders>().NeedsOf).Load(ctx.Source.Id));
        this.RelationConnection<Organisation, WardType, Ward, WardFilter, WardSort>(
            "wards", "The wards it serves, by name.", services => services.GetRequiredService<OrganisationLoaders>().WardsOf, x => x.Id);
        this.RelationConnection<Organisation, ServiceCategoryType, ServiceCategory, ServiceCategoryFilter, ServiceCategorySort>(
            "serviceCategories", "The categories of service it works in, by name (what mentoring matches on; its Service records are `services`).", services => services.GetRequiredService<OrganisationLoaders>().ServicesOf, x => x.Id);
        this.ApplyExtensions(extensions);
    }

    private static string? Contact(IResolveFieldContext<Organisation> context, string? value) =>
        AccessPolicy.MaySeeContactDetails(DirectoryCaller.From(context.User), context.Source.Id) ? value : null;
}
