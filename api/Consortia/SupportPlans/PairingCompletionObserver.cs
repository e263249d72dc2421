using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>
/// When a pairing ends COMPLETED, the open support plan steps linked to it are done, and the mentee's strength in each
/// step's area is raised to 2 (strong) if lower: in the same save as the pairing, through the kernel's edit hook, so
/// Mentoring never imports Consortia.
/// </summary>
public sealed class PairingCompletionObserver : IEditObserver<Pairing>
{
    public async Task OnEditedAsync(EditScope scope, Pairing record, string action)
    {
        if (record.State != Mentoring.Matching.PairingState.Ended || record.Outcome != PairingOutcome.Completed)
        {
            return;
        }

        var plans = await scope.Db.SupportPlans.AsTracking().Where(p => p.Steps.Any(s => s.PairingId == record.Id && s.DoneAt == null)).ToListAsync(scope.CancellationToken);
        foreach (var plan in plans)
        {
            foreach (var step in plan.Steps.Where(s => s.PairingId == record.Id && s.DoneAt == null))
            {
                step.DoneAt = scope.Now;
                await RaiseAsync(scope, plan.OrganisationId, step.Area);
            }

            plan.Version++;
        }
    }

    private static async Task RaiseAsync(EditScope scope, int organisationId, string area)
    {
        var areaId = await scope.Db.CapacityAreas.Where(a => a.Code == area).Select(a => a.Id).FirstAsync(scope.CancellationToken);
        var capacity = await scope.Db.OrganisationCapacities.AsTracking()
            .FirstOrDefaultAsync(c => c.OrganisationId == organisationId && c.CapacityAreaId == areaId, scope.CancellationToken);
        if (capacity is null)
        {
            scope.Db.OrganisationCapacities.Add(new OrganisationCapacity { OrganisationId = organisationId, CapacityAreaId = areaId, Strength = ConsortiumEligibility.StrongCapacity, Note = "Raised when a support plan's mentoring pairing completed." });
        }
        else if (capacity.Strength < ConsortiumEligibility.StrongCapacity)
        {
            capacity.Strength = ConsortiumEligibility.StrongCapacity;
        }
        else
        {
            return;
        }

        // The organisation's capacities changed: a client holding the old version must not overwrite them unawares.
        var organisation = await scope.Db.Organisations.AsTracking().FirstAsync(o => o.Id == organisationId, scope.CancellationToken);
        organisation.Version++;
    }
}
