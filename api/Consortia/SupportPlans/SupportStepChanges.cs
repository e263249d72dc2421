using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>How one step changes: linked to a pairing of the plan's organisation as mentee, or a training or advice step marked done.</summary>
internal static class SupportStepChanges
{
    public static async Task ApplyAsync(EditScope scope, SupportPlan plan, UpdateSupportStepInput input)
    {
        var step = plan.Steps.FirstOrDefault(s => s.Area == input.Area);
        if (step is null)
        {
            scope.Problems.Add("input.area", ProblemCodes.UnknownReference, "The plan has no step in this area.");
            return;
        }

        if (input.PairingId.IsSet)
        {
            await LinkAsync(scope, plan, step, input.PairingId.Value);
        }

        if (input.Done.IsSet)
        {
            if (step.PairingId is not null)
            {
                scope.Problems.Add("input.done", ProblemCodes.InvalidState, "A step linked to a pairing is done when the pairing ends COMPLETED.");
            }
            else
            {
                step.DoneAt = input.Done.Value == true ? step.DoneAt ?? scope.Now : null;
            }
        }
    }

    private static async Task LinkAsync(EditScope scope, SupportPlan plan, SupportStep step, string? pairingId)
    {
        if (pairingId is null)
        {
            step.PairingId = null;
            return;
        }

        var id = GlobalId.DecodeFor<MentoringPairingType>(pairingId, "input.pairingId");
        var pairing = await scope.Db.MentoringPairings.FirstOrDefaultAsync(p => p.Id == id, scope.CancellationToken);
        if (pairing is null || pairing.MenteeId != plan.OrganisationId)
        {
            scope.Problems.Add("input.pairingId", ProblemCodes.Ineligible, "Link a pairing in which the plan's organisation is the mentee.");
        }
        else if (pairing.State is PairingState.Declined or PairingState.Ended)
        {
            scope.Problems.Add("input.pairingId", ProblemCodes.InvalidState, "The pairing is declined or has ended: link one under way or still to come.");
        }
        else
        {
            (step.PairingId, step.Source, step.MentorId, step.DoneAt) = (id, SupportStepSource.Mentoring, pairing.MentorId, null);
        }
    }
}
