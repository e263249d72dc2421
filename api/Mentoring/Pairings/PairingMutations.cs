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
        var kind = PairingEditing.Kind;
        mutation.CreateMutation<ProposeMentoringPairingInputType, ProposeMentoringPairingInput, MentoringPairingType, Pairing>(
            "Proposes a mentor for an organisation; refused with the reasons when the pair is not eligible.",
            "a coordinator of the mentee, or CVS staff", kind, PairingEdits.Propose, () => new Pairing { ProposedBy = "" });
        mutation.Mutation<RespondToMentoringPairingInputType, PairingStepInput, MentoringPairingType, Pairing>(
            "respondToMentoringPairing", "Accepts or declines a proposed pairing; accepting takes one of the mentor's places.",
            "a coordinator of the mentor, or CVS staff",
            (ctx, caller, input) => ctx.RequestServices!.GetRequiredService<RecordEditor>()
                .EditAsync(kind, input.Accept ? PairingEdits.Accept : PairingEdits.Decline, caller, input, ctx.CancellationToken));
        mutation.EditMutation<StartMentoringPairingInputType, PairingStepInput, MentoringPairingType, Pairing>(
            "Marks an accepted pairing as active.", "a coordinator of either organisation, or CVS staff", kind, PairingEdits.Start);
        mutation.EditMutation<EndMentoringPairingInputType, PairingStepInput, MentoringPairingType, Pairing>(
            "Ends a pairing with its outcome; it stays in the history.", "a coordinator of either organisation, or CVS staff", kind, PairingEdits.End);
        mutation.Mutation<ExcludeMentoringPairInputType, ExcludeMentoringPairInput, MentoringExclusionType, PairingExclusion>(
            "excludeMentoringPair", "Keeps two organisations from ever being suggested or proposed as a mentoring pair.",
            "a coordinator of the first organisation, or CVS staff",
            (ctx, caller, input) => ctx.RequestServices!.GetRequiredService<PairingExclusionService>().ExcludeAsync(
                caller,
                GlobalId.DecodeFor<OrganisationType>(input.OrganisationId, "input.organisationId"),
                GlobalId.DecodeFor<OrganisationType>(input.OtherOrganisationId, "input.otherOrganisationId"),
                input.Reason,
                ctx.CancellationToken));
    }
}
