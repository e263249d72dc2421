using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>Records two organisations that must never be paired; the matching rules read these as exclusions.</summary>
public sealed class PairingExclusionService(DirectoryDbContext db, AuditRecorder audit, TimeProvider clock)
{
    public async Task<Payload<PairingExclusion>> ExcludeAsync(DirectoryCaller caller, int organisationId, int otherId, string? reason, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandActFor(caller, organisationId);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Payload<PairingExclusion>.Refused("input.reason", ProblemCodes.Required, "Give a reason of 1 to 500 characters.");
        }

        var (first, second) = (Math.Min(organisationId, otherId), Math.Max(organisationId, otherId));
        if (first == second || await db.Organisations.CountAsync(o => o.Id == first || o.Id == second, cancellationToken) < 2)
        {
            return Payload<PairingExclusion>.Refused("input.otherOrganisationId", ProblemCodes.UnknownReference, "Name another organisation that exists.");
        }

        if (await db.MentoringExclusions.AnyAsync(e => e.FirstOrganisationId == first && e.SecondOrganisationId == second, cancellationToken))
        {
            return Payload<PairingExclusion>.Refused("input.otherOrganisationId", ProblemCodes.Duplicate, "These two are already excluded from being paired.");
        }

        var exclusion = new PairingExclusion
        {
            FirstOrganisationId = first, SecondOrganisationId = second, Reason = reason, CreatedBy = caller.Actor, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(exclusion);
        audit.Record(caller, "excludeMentoringPair", "Organisation", organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<PairingExclusion>.Success(exclusion);
    }
}
