using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Taxonomies;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Centres;

public sealed class ChildrensCentreType : DirectoryObjectGraphType<ChildrensCentre>
{
    public ChildrensCentreType(IEnumerable<GraphTypeExtension<ChildrensCentreType>> extensions)
    {
        Name = "ChildrensCentre";
        Description = "One of Poole's eight designated children's centres (2013). Name and status are real; operational figures in the demo data are synthetic (see `operationalFiguresAreSynthetic`).";
        this.AsNode(c => c.Id);
        Field(c => c.Version).Description("Raised by one on every change: pass it back with an update (optimistic concurrency).");
        Field(c => c.Name).Description("Its name, unique in the directory.");
        Field(c => c.Status2013).Description("Its status in the 2013 consultation, as worded there.");
        Field<WardType>("ward")
            .Description("The ward it stands in, if known.")
            .Reads(nameof(ChildrensCentre.WardId))
            .Resolve(ctx => ctx.Source.WardId is { } id ? ctx.RequestServices!.GetRequiredService<WardLoaders>().ById.Load(id) : null);
        Field(c => c.WardIsInferred).Description("True when the ward is inferred from the centre's name rather than recorded.");
        Field<GeoLocationType>("location")
            .Description("Where it is, when known; only approximate (the ward's centre) in the demo data.")
            .Reads(nameof(ChildrensCentre.Latitude), nameof(ChildrensCentre.Longitude), nameof(ChildrensCentre.LocationPrecision))
            .Resolve(ctx => GeoLocation.From(ctx.Source.Latitude, ctx.Source.Longitude, ctx.Source.LocationPrecision == LocationPrecision.Approximate));
        Field(c => c.LocationPrecision, type: typeof(NonNullGraphType<EnumerationGraphType<LocationPrecision>>)).Description("How far its location can be trusted.");
        Field<NonNullGraphType<EnumerationGraphType<CentreOperatorKind>>>("operatorKind")
            .Description("Who runs it: the council, or an organisation of the sector.")
            .Reads(nameof(ChildrensCentre.OperatorId))
            .Resolve(ctx => ctx.Source.OperatorId is null ? CentreOperatorKind.Council : CentreOperatorKind.Organisation);
        Field<OrganisationType>("operator")
            .Description("The organisation that runs it; null when the council does.")
            .Reads(nameof(ChildrensCentre.OperatorId))
            .Resolve(ctx => ctx.Source.OperatorId is { } id ? ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(id) : null);
        Field(c => c.VolunteerCount, nullable: true).Description("Community volunteers in the centre.");
        Field(c => c.ParentRepresentativeCount, nullable: true).Description("Parents taking part in its decisions.");
        Field(c => c.HasAdvisoryBoard, nullable: true).Description("Whether it has an advisory board.");
        Field(c => c.IsSynthetic).Description("False: the centre itself is real.");
        Field(c => c.OperationalFiguresAreSynthetic).Description("True when the volunteers, parents, board, services and reach are synthetic demo values.");
        Field(c => c.Source).Description("Where the centre's real facts come from.");
        this.RelationConnection<ChildrensCentre, WardType, Ward, WardFilter, WardSort>(
            "reachWards", "The wards it reaches, by name.", services => services.GetRequiredService<ChildrensCentreLoaders>().ReachWardsOf, x => x.Id);
        this.RelationConnection<ChildrensCentre, ServiceCategoryType, ServiceCategory, ServiceCategoryFilter, ServiceCategorySort>(
            "requiredCategories", "The categories of service its specification asks for, by name (what is delivered is `services`; the gap is `uncoveredCategories`).", services => services.GetRequiredService<ChildrensCentreLoaders>().ServicesOf, x => x.Id);
        this.ApplyExtensions(extensions);
    }
}
