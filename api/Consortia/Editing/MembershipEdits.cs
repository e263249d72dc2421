using VcsDirectory.Api.Access;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>The members' steps: the lead invites, the invitee answers, a member leaves.</summary>
public static class MembershipEdits
{
    public const string InviteWho = "a coordinator of the lead, or CVS staff";
    public const string RespondWho = "a coordinator of the invited organisation";
    public const string LeaveWho = "a coordinator of the member leaving, or CVS staff";

    public static RecordEdit<Consortium, ConsortiumStepInput> Invite { get; } = new()
    {
        Action = "inviteToConsortium",
        AuthoriseLoaded = (caller, consortium) => AccessPolicy.DemandActFor(caller, ConsortiumEdits.LeadOf(consortium), InviteWho),
        Apply = async (scope, consortium, input) =>
        {
            var organisationId = Organisation(input);
            var existing = consortium.Members.FirstOrDefault(m => m.OrganisationId == organisationId);
            if (consortium.Status is not (ConsortiumStatus.Forming or ConsortiumStatus.Active))
            {
                scope.Problems.Add("input.id", ProblemCodes.InvalidState, $"A {ConsortiumEdits.Upper(consortium.Status)} consortium takes no new members.");
            }
            else if (existing is { Invitation: InvitationState.Invited or InvitationState.Accepted })
            {
                scope.Problems.Add("input.organisationId", ProblemCodes.Duplicate, "The organisation is already invited or a member.");
            }
            else if (await ConsortiumLookups.WillingAsync(scope, organisationId, "input.organisationId", toLead: false) is not null)
            {
                var categories = await ConsortiumLookups.CategoriesAsync(scope, input.Categories, required: true);
                // A declined or departed organisation keeps its one row (the key), invited afresh.
                var member = existing ?? new ConsortiumMembership { OrganisationId = organisationId, Role = ConsortiumRole.Member };
                (member.Categories, member.Invitation, member.InvitedAt, member.AnsweredAt) = (categories, InvitationState.Invited, scope.Now, null);
                if (existing is null)
                {
                    consortium.Members.Add(member);
                }
            }
        },
    };

    public static RecordEdit<Consortium, ConsortiumStepInput> Respond { get; } = new()
    {
        Action = "respondToConsortiumInvitation",
        Authorise = (caller, input) => AccessPolicy.DemandCoordinatorOf(caller, Organisation(input), RespondWho),
        Apply = (scope, consortium, input) =>
        {
            if (Open(scope, consortium) && Member(scope, consortium, input, InvitationState.Invited, "invited") is { } member)
            {
                (member.Invitation, member.AnsweredAt) = (input.Accept ? InvitationState.Accepted : InvitationState.Declined, scope.Now);
            }

            return Task.CompletedTask;
        },
    };

    public static RecordEdit<Consortium, ConsortiumStepInput> Leave { get; } = new()
    {
        Action = "leaveConsortium",
        Authorise = (caller, input) => AccessPolicy.DemandActFor(caller, Organisation(input), LeaveWho),
        Apply = (scope, consortium, input) =>
        {
            if (Open(scope, consortium) && Member(scope, consortium, input, InvitationState.Accepted, "a member") is { } member)
            {
                if (member.Role == ConsortiumRole.Lead)
                {
                    scope.Problems.Add("input.organisationId", ProblemCodes.InvalidState, "The lead cannot leave: CVS staff can dissolve the consortium instead.");
                }
                else
                {
                    (member.Invitation, member.AnsweredAt) = (InvitationState.Left, scope.Now);
                }
            }

            return Task.CompletedTask;
        },
    };

    private static int Organisation(ConsortiumStepInput input) => GlobalId.DecodeFor<OrganisationType>(input.OrganisationId ?? "", "input.organisationId");

    private static bool Open(EditScope scope, Consortium consortium)
    {
        if (consortium.Status != ConsortiumStatus.Dissolved)
        {
            return true;
        }

        scope.Problems.Add("input.id", ProblemCodes.InvalidState, "The consortium is DISSOLVED.");
        return false;
    }

    private static ConsortiumMembership? Member(EditScope scope, Consortium consortium, ConsortiumStepInput input, InvitationState state, string what)
    {
        var member = consortium.Members.FirstOrDefault(m => m.OrganisationId == Organisation(input) && m.Invitation == state);
        if (member is null)
        {
            scope.Problems.Add("input.organisationId", ProblemCodes.InvalidState, $"The organisation is not {what} in this consortium.");
        }

        return member;
    }
}
