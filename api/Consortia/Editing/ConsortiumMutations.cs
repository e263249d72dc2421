using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Editing;

public static class ConsortiumMutations
{
    public static void AddConsortiumMutations(this ObjectGraphType mutation)
    {
        var kind = ConsortiumEditing.Kind;
        mutation.CreateMutation<CreateConsortiumInputType, CreateConsortiumInput, ConsortiumType, Consortium>(
            "Creates a consortium, FORMING, with its lead as the first member.", ConsortiumEdits.CreateWho, kind, ConsortiumEdits.Create,
            () => new Consortium { Name = "", CreatedBy = "" });
        mutation.EditMutation<InviteToConsortiumInputType, ConsortiumStepInput, ConsortiumType, Consortium>(
            "Invites an organisation to a FORMING or ACTIVE consortium.", MembershipEdits.InviteWho, kind, MembershipEdits.Invite);
        mutation.EditMutation<RespondToConsortiumInvitationInputType, ConsortiumStepInput, ConsortiumType, Consortium>(
            "Accepts or declines an invitation; only the invited organisation answers, not CVS staff on its behalf.", MembershipEdits.RespondWho, kind, MembershipEdits.Respond);
        mutation.MutationWithPayload<LeaveConsortiumInputType, ConsortiumStepInput, LeaveConsortiumPayloadType, ConsortiumDeparture>(
            MembershipEdits.Leave.Action,
            "A member leaves; allowed even when the consortium then no longer covers a category the member promised, which the payload reports.",
            MembershipEdits.LeaveWho,
            LeaveAsync);
        mutation.EditMutation<SubmitConsortiumInputType, ConsortiumStepInput, ConsortiumType, Consortium>(
            "Submits a FORMING consortium to CVS staff (PROPOSED).", ConsortiumEdits.LeadOnly, kind, ConsortiumEdits.Submit);
        mutation.EditMutation<ActivateConsortiumInputType, ConsortiumStepInput, ConsortiumType, Consortium>(
            "Activates a PROPOSED consortium.", AccessPolicy.StaffOnly, kind, ConsortiumEdits.Activate);
        mutation.EditMutation<DissolveConsortiumInputType, ConsortiumStepInput, ConsortiumType, Consortium>(
            "Dissolves a consortium that is not dissolved yet; it stays, with its history.", AccessPolicy.StaffOnly, kind, ConsortiumEdits.Dissolve);
    }

    private static async Task<Payload<ConsortiumDeparture>> LeaveAsync(IResolveFieldContext context, DirectoryCaller caller, ConsortiumStepInput input)
    {
        var payload = await context.RequestServices!.GetRequiredService<RecordEditor>()
            .EditAsync(ConsortiumEditing.Kind, MembershipEdits.Leave, caller, input, context.CancellationToken);
        return payload.Result is { } consortium
            ? Payload<ConsortiumDeparture>.Success(ConsortiumDeparture.After(consortium, GlobalId.DecodeFor<OrganisationType>(input.OrganisationId ?? "", "input.organisationId")))
            : Payload<ConsortiumDeparture>.Refused(payload.UserErrors);
    }
}
