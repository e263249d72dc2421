using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement.Proposals.Editing;

public static class ProposalEdits
{
    public static RecordEdit<Proposal, UpdateProposalInput> Update { get; } = new()
    {
        Action = "updateProposal",
        Apply = async (scope, p, input) =>
        {
            (p.Status, p.NextStep, p.NextStepOn) = (input.Status.Or(p.Status) ?? p.Status, input.NextStep.Or(p.NextStep), input.NextStepOn.Or(p.NextStepOn));
            p.IndicatorCodes = input.Indicators.IsSet ? (input.Indicators.Value ?? []).ToList() : p.IndicatorCodes;
            if (input.OwnerId.IsSet)
            {
                p.OwnerId = input.OwnerId.Value is { } id ? GlobalId.DecodeFor<OrganisationType>(id, "input.ownerId") : null;
                var ownerId = p.OwnerId;
                if (ownerId is not null && !await scope.Db.Organisations.AnyAsync(o => o.Id == ownerId && o.ArchivedAt == null, scope.CancellationToken))
                {
                    scope.Problems.Add("input.ownerId", ProblemCodes.UnknownReference, "No organisation in the directory has this id.");
                }
            }

            if (input.ConsortiumIds.IsSet)
            {
                p.ConsortiumIds = await ProposalLinks.ConsortiaAsync(scope.Db, scope.Problems, input.ConsortiumIds.Value ?? [], scope.CancellationToken);
            }

            if (input.SupportPlanIds.IsSet)
            {
                p.SupportPlanIds = await ProposalLinks.SupportPlansAsync(scope.Db, scope.Problems, input.SupportPlanIds.Value ?? [], scope.CancellationToken);
            }

            p.ModifiedAt = scope.Now;
        },
    };
}
