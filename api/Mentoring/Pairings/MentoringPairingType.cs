using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class MentoringPairingType : DirectoryObjectGraphType<Pairing>
{
    private const string Private = "Only the two organisations' coordinators and CVS staff see it; null for everyone else.";

    public MentoringPairingType()
    {
        Name = "MentoringPairing";
        Description = "A mentoring pairing and where it stands: PROPOSED → ACCEPTED or DECLINED → ACTIVE → ENDED. Never deleted: history feeds the matching rules.";
        this.AsNode(p => p.Id);
        Field<NonNullGraphType<OrganisationType>>("mentor").Description("The organisation mentoring.").Reads(nameof(Pairing.MentorId)).Resolve(ctx => Organisations(ctx).ById.Load(ctx.Source.MentorId));
        Field<NonNullGraphType<OrganisationType>>("mentee").Description("The organisation being mentored.").Reads(nameof(Pairing.MenteeId)).Resolve(ctx => Organisations(ctx).ById.Load(ctx.Source.MenteeId));
        Field(p => p.State, type: typeof(NonNullGraphType<EnumerationGraphType<PairingState>>)).Description("Where the pairing stands.");
        Field(p => p.Origin, type: typeof(NonNullGraphType<EnumerationGraphType<PairingOrigin>>)).Description("Who proposed it: a coordinator or a CVS plan.");
        Field(p => p.ProposedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("When it was proposed (UTC).");
        Field(p => p.AnsweredAt, type: typeof(DateTimeGraphType)).Description("When the mentor accepted or declined (UTC); null until then.");
        Field(p => p.StartedAt, type: typeof(DateTimeGraphType)).Description("When it became active (UTC); null until then.");
        Field(p => p.EndedAt, type: typeof(DateTimeGraphType)).Description("When it ended (UTC); null until then.");
        Field(p => p.Outcome, type: typeof(EnumerationGraphType<PairingOutcome>)).Description("How it ended; null until it has.");
        Field<StringGraphType>("note").Description("The proposer's note. " + Private).Reads(nameof(Pairing.Note), nameof(Pairing.MentorId), nameof(Pairing.MenteeId)).Resolve(ctx => Visible(ctx) ? ctx.Source.Note : null);
        Field<StringGraphType>("outcomeNote").Description("The mentor's answer or how it ended. " + Private).Reads(nameof(Pairing.OutcomeNote), nameof(Pairing.MentorId), nameof(Pairing.MenteeId)).Resolve(ctx => Visible(ctx) ? ctx.Source.OutcomeNote : null);
        Field(p => p.Version).Description("Pass it back with a transition (optimistic concurrency).");
    }

    private static OrganisationLoaders Organisations(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<OrganisationLoaders>();

    private static bool Visible(IResolveFieldContext<Pairing> context)
    {
        var caller = DirectoryCaller.From(context.User);
        return AccessPolicy.MayActFor(caller, context.Source.MentorId) || AccessPolicy.MayActFor(caller, context.Source.MenteeId);
    }
}
