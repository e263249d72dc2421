using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Engagement;

public sealed class EngagementEventType : DirectoryObjectGraphType<EngagementEvent>
{
    public EngagementEventType()
    {
        Name = "EngagementEvent";
        Description = "An engagement event: the Poole programme's six (2011-2012), exactly as the report gives them (real), and those CVS staff record since.";
        this.AsNode(e => e.Id);
        Field(e => e.HeldIn).Description("The month it was held (YYYY-MM): the report gives no day.");
        Field(e => e.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<EngagementEventKind>>)).Description("The form the event took.");
        Field(e => e.Attendees, nullable: true).Description("How many took part; null where the report gives no number.");
        Field(e => e.Note, nullable: true).Description("What the report says beyond the numbers.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ParticipantGroup>>>>>("participants")
            .Description("Who took part.")
            .Reads(nameof(EngagementEvent.Participants))
            .Resolve(ctx => ctx.Source.Participants);
        Field(e => e.IsSynthetic).Description("False for the report's six events and real events recorded since; true for demo or test records.");
        Field(e => e.Version).Description("Raised by one on every change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildrensCentreType>>>>("centres").Description("The children's centres it concerned, by name.")
            .ReadsKeyOnly().Resolve(ctx => ctx.RequestServices!.GetRequiredService<EngagementLoaders>().CentresOf.Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeThemeType>>>>("themes").Description("The programme themes it took forward.")
            .ReadsKeyOnly().Resolve(ctx => ctx.RequestServices!.GetRequiredService<EngagementLoaders>().ThemesOf.Load(ctx.Source.Id));
        Field(e => e.Source).Description("Where the facts come from.");
    }
}
