using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach;

public sealed class IdentifiedNeedType : DirectoryObjectGraphType<IdentifiedNeed>
{
    public IdentifiedNeedType()
    {
        Name = "IdentifiedNeed";
        Description = $"A need identified among families in a place. Its location is aggregated to a grid of about {NeedGrid.CellMetres} m before it is stored: no household's position exists in the system.";
        this.AsNode(n => n.Id);
        Field<NonNullGraphType<ServiceCategoryType>>("serviceCategory")
            .Description("The kind of service the need calls for.")
            .Reads(nameof(IdentifiedNeed.ServiceCategoryId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById.Load(ctx.Source.ServiceCategoryId));
        Field<WardType>("ward").Description("The ward the need was found in; null when not known.")
            .Reads(nameof(IdentifiedNeed.WardId))
            .Resolve(ctx => ctx.Source.WardId is { } id ? ctx.RequestServices!.GetRequiredService<WardLoaders>().ById.Load(id) : null);
        Field<OutreachClusterType>("cluster")
            .Description("The curated outreach cluster it belongs to, if any.")
            .Reads(nameof(IdentifiedNeed.OutreachClusterId))
            .Resolve(ctx => ctx.Source.OutreachClusterId is { } id ? ctx.RequestServices!.GetRequiredService<OutreachLoaders>().ClusterById.Load(id) : null);
        Field(n => n.FamiliesAffected).Description("How many families it concerns.");
        Field(n => n.Severity).Description("1: moderate; 2: serious; 3: acute.");
        Field(n => n.Source).Description("Who identified it.");
        Field(n => n.RecordedOn).Description("When it was recorded.");
        Field<NonNullGraphType<GeoLocationType>>("location")
            .Description($"The centre of the ~{NeedGrid.CellMetres} m grid cell the need falls in (never a household's position).")
            .Reads(nameof(IdentifiedNeed.Latitude), nameof(IdentifiedNeed.Longitude))
            .Resolve(ctx => new GeoLocation(ctx.Source.Latitude, ctx.Source.Longitude, IsApproximate: true));
        Field(n => n.Version).Description("Raised by one on every change (1: as recorded).");
        Field(n => n.IsSynthetic).Description("True for demo data invented for this directory.");
    }
}
