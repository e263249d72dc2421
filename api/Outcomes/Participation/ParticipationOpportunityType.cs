using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Outcomes.Participation;

public sealed class ParticipationOpportunityType : DirectoryObjectGraphType<ParticipationOpportunity>
{
    public ParticipationOpportunityType()
    {
        Name = "ParticipationOpportunity";
        Description = "A way for parents, volunteers or a parents' group to take part in a centre or one of its services. Counts only: no parent or volunteer is a record here.";
        this.AsNode(o => o.Id);
        Field(o => o.Version).Description("Raised by one on every change: pass it back with an update.");
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.").Reads(nameof(ParticipationOpportunity.CentreId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field<ServiceType>("service").Description("The service at the centre it belongs to; null for the centre's own.").Reads(nameof(ParticipationOpportunity.ServiceId))
            .Resolve(ctx => ctx.Source.ServiceId is { } id ? ctx.RequestServices!.GetRequiredService<ServiceLoaders>().ById.Load(id) : null);
        Field(o => o.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ParticipationKind>>)).Description("The way in it offers.");
        Field(o => o.Description).Description("What it involves.");
        Field(o => o.Places).Description("How many people it takes.");
        Field(o => o.PlacesFilled).Description("How many places are taken.");
        Field(o => o.HowToTakePart).Description("How to come forward.");
        Field(o => o.IsOpen).Description("Whether it takes people now.");
        Field(o => o.IsSynthetic).Description("True for demo or test records.");
    }
}
