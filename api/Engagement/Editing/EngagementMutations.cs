using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.Engagement.Proposals.Editing;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Engagement.Editing;

public static class EngagementMutations
{
    public static void AddEngagementMutations(this ObjectGraphType mutation)
    {
        mutation.CreateMutation<RecordEngagementEventInputType, RecordEngagementEventInput, EngagementEventType, EngagementEvent>(
            "Records an engagement event held since the programme.", AccessPolicy.StaffOnly, EngagementEventEditing.Kind, EngagementEventEdits.Record,
            () => new EngagementEvent { HeldIn = "", Source = "" });
        mutation.EditMutation<UpdateProposalInputType, UpdateProposalInput, ProposalType, Proposal>(
            "Takes a programme proposal forward: status, owner, next step, indicators.", AccessPolicy.StaffOnly, ProposalEditing.Kind, ProposalEdits.Update);
    }
}
