using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Engagement;

public sealed class EngagementEventType : DirectoryObjectGraphType<EngagementEvent>
{
    public EngagementEventType()
    {
        Name = "EngagementEvent";
        Description = "An engagement event of the Poole programme (2011-2012), exactly as the report gives it: real, not synthetic.";
        this.AsNode(e => e.Id);
        Field(e => e.HeldIn).Description("The month it was held (YYYY-MM): the report gives no day.");
        Field(e => e.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<EngagementEventKind>>)).Description("The form the event took.");
        Field(e => e.Attendees, nullable: true).Description("How many took part; null where the report gives no number.");
        Field(e => e.Note, nullable: true).Description("What the report says beyond the numbers.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ParticipantGroup>>>>>("participants")
            .Description("Who took part.")
            .Reads(nameof(EngagementEvent.Participants))
            .Resolve(ctx => ctx.Source.Participants);
        Field<NonNullGraphType<BooleanGraphType>>("isSynthetic").Description("Always false: these events are the report's own.").ReadsKeyOnly().Resolve(_ => false);
        Field(e => e.Source).Description("Where the facts come from.");
    }
}
