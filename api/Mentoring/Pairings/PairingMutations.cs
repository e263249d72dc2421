using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public static class PairingMutations
{
    public static void AddPairingMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ProposeMentoringPairingInputType, MentoringPairingType, Pairing>(
            "proposeMentoringPairing", "Proposes a mentor for an organisation; refused with the reasons when the pair is not eligible.",
            "a coordinator of the mentee, or CVS staff",
            (ctx, caller, input) => Service(ctx).ProposeAsync(
                caller,
                GlobalId.DecodeFor<OrganisationType>(input.Value<string>("menteeId"), "input.menteeId"),
                GlobalId.DecodeFor<OrganisationType>(input.Value<string>("mentorId"), "input.mentorId"),
                input.Optional<string?>("note", null),
                PairingOrigin.Coordinator,
                ctx.CancellationToken));
        mutation.Mutation<RespondToMentoringPairingInputType, MentoringPairingType, Pairing>(
            "respondToMentoringPairing", "Accepts or declines a proposed pairing; accepting takes one of the mentor's places.",
            "a coordinator of the mentor, or CVS staff",
            (ctx, caller, input) => Transition(ctx, caller, input, input.Value<bool>("accept") ? PairingTransition.Accept : PairingTransition.Decline));
        mutation.Mutation<StartMentoringPairingInputType, MentoringPairingType, Pairing>(
            "startMentoringPairing", "Marks an accepted pairing as active.", "a coordinator of either organisation, or CVS staff",
            (ctx, caller, input) => Transition(ctx, caller, input, PairingTransition.Start));
        mutation.Mutation<EndMentoringPairingInputType, MentoringPairingType, Pairing>(
            "endMentoringPairing", "Ends a pairing with its outcome; it stays in the history.", "a coordinator of either organisation, or CVS staff",
            (ctx, caller, input) => Transition(ctx, caller, input, PairingTransition.End));
        mutation.Mutation<ExcludeMentoringPairInputType, MentoringExclusionType, PairingExclusion>(
            "excludeMentoringPair", "Keeps two organisations from ever being suggested or proposed as a mentoring pair.",
            "a coordinator of the first organisation, or CVS staff",
            (ctx, caller, input) => ctx.RequestServices!.GetRequiredService<PairingExclusionService>().ExcludeAsync(
                caller,
                GlobalId.DecodeFor<OrganisationType>(input.Value<string>("organisationId"), "input.organisationId"),
                GlobalId.DecodeFor<OrganisationType>(input.Value<string>("otherOrganisationId"), "input.otherOrganisationId"),
                input.Value<string>("reason"),
                ctx.CancellationToken));
    }

    private static Task<Payload<Pairing>> Transition(IResolveFieldContext ctx, Access.DirectoryCaller caller, IDictionary<string, object?> input, PairingTransition transition) =>
        Service(ctx).TransitionAsync(
            caller,
            GlobalId.DecodeFor<MentoringPairingType>(input.Value<string>("id"), "input.id"),
            input.Value<int>("version"),
            transition,
            input.Optional<string?>("note", null),
            input.Optional<PairingOutcome?>("outcome", null),
            ctx.CancellationToken);

    private static PairingService Service(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PairingService>();
}
