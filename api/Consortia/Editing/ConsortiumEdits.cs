using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>Creating a consortium, and the steps of its own status: submit (the lead), activate and dissolve (CVS staff).</summary>
public static class ConsortiumEdits
{
    public const string CreateWho = "a coordinator of the organisation that will lead, or CVS staff";
    public const string LeadOnly = "a coordinator of the lead";

    public static RecordEdit<Consortium, CreateConsortiumInput> Create { get; } = new()
    {
        Action = "createConsortium",
        Authorise = (caller, input) => AccessPolicy.DemandActFor(caller, Lead(input), CreateWho),
        Apply = async (scope, consortium, input) =>
        {
            var centreId = GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId, "input.centreId");
            if (!await scope.Db.ChildrensCentres.AnyAsync(c => c.Id == centreId, scope.CancellationToken))
            {
                scope.Problems.Add("input.centreId", ProblemCodes.UnknownReference, "No children's centre has this id.");
            }

            await ConsortiumLookups.WillingAsync(scope, Lead(input), "input.leadId", toLead: true);
            var categories = await ConsortiumLookups.CategoriesAsync(scope, input.Categories, required: false);
            (consortium.Name, consortium.Kind, consortium.Purpose, consortium.CentreId) = (input.Name.Trim(), input.Kind, input.Purpose, centreId);
            (consortium.Status, consortium.CreatedBy, consortium.FormedAt) = (ConsortiumStatus.Forming, scope.Caller.Actor, scope.Now);
            consortium.Members.Add(new ConsortiumMembership
            {
                OrganisationId = Lead(input), Role = ConsortiumRole.Lead, Categories = categories,
                Invitation = InvitationState.Accepted, InvitedAt = scope.Now, AnsweredAt = scope.Now,
            });
        },
    };

    public static RecordEdit<Consortium, ConsortiumStepInput> Submit { get; } = Step(
        ConsortiumTransition.Submit, loaded: (caller, consortium) => AccessPolicy.DemandCoordinatorOf(caller, LeadOf(consortium), LeadOnly));

    public static RecordEdit<Consortium, ConsortiumStepInput> Activate { get; } = Step(ConsortiumTransition.Activate, staff: true);

    public static RecordEdit<Consortium, ConsortiumStepInput> Dissolve { get; } = Step(ConsortiumTransition.Dissolve, staff: true);

    /// <summary>The organisation leading the consortium.</summary>
    public static int LeadOf(Consortium consortium) => consortium.Members.First(m => m.Role == ConsortiumRole.Lead).OrganisationId;

    private static int Lead(CreateConsortiumInput input) => GlobalId.DecodeFor<OrganisationType>(input.LeadId, "input.leadId");

    private static RecordEdit<Consortium, ConsortiumStepInput> Step(ConsortiumTransition transition, Action<DirectoryCaller, Consortium>? loaded = null, bool staff = false) => new()
    {
        Action = transition.Action,
        Authorise = staff ? (caller, _) => AccessPolicy.DemandStaff(caller) : null,
        AuthoriseLoaded = loaded,
        Apply = (scope, consortium, _) =>
        {
            if (!transition.From.Contains(consortium.Status))
            {
                scope.Problems.Add("input.id", ProblemCodes.InvalidState, $"A {Upper(consortium.Status)} consortium cannot be {transition.PastTense}.");
            }
            else
            {
                transition.Apply(consortium, scope.Now);
            }

            return Task.CompletedTask;
        },
    };

    internal static string Upper(Enum value) => value.ToString().ToUpperInvariant();
}
