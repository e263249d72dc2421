using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>
/// The pairing lifecycle: proposed (by the mentee's side or a plan) → accepted or declined (by the mentor's
/// side) → active → ended (by either side). Each step checks who may, the version and the state, is
/// audited, and writes nothing when refused.
/// </summary>
public sealed class PairingService(DirectoryDbContext db, MatchingData matching, AuditRecorder audit, TimeProvider clock)
{
    public async Task<Payload<Pairing>> ProposeAsync(DirectoryCaller caller, int menteeId, int mentorId, string? note, PairingOrigin origin, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandActFor(caller, menteeId);
        var refusal = await RefuseProposalAsync(menteeId, mentorId, note, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var pairing = NewProposal(caller, menteeId, mentorId, note, origin);
        await audit.SaveNewAsync(caller, "proposeMentoringPairing", "MentoringPairing", pairing, cancellationToken);
        return Payload<Pairing>.Success(pairing);
    }

    public Pairing NewProposal(DirectoryCaller caller, int menteeId, int mentorId, string? note, PairingOrigin origin) => new()
    {
        MentorId = mentorId, MenteeId = menteeId, State = PairingState.Proposed, Origin = origin,
        ProposedBy = caller.Actor, ProposedAt = clock.GetUtcNow().UtcDateTime, Note = note,
    };

    public async Task<Payload<Pairing>> TransitionAsync(
        DirectoryCaller caller, int id, int version, PairingTransition transition, string? note, PairingOutcome? outcome, CancellationToken cancellationToken)
    {
        var pairing = await db.MentoringPairings.AsTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pairing is null)
        {
            return Payload<Pairing>.Refused("input.id", ProblemCodes.NotFound, "No mentoring pairing has this id.");
        }

        if (transition.MentorSideOnly)
        {
            AccessPolicy.DemandActFor(caller, pairing.MentorId);
        }
        else if (!AccessPolicy.MayActFor(caller, pairing.MenteeId))
        {
            AccessPolicy.DemandActFor(caller, pairing.MentorId);
        }

        if (pairing.Version != version)
        {
            return Payload<Pairing>.Refused("input.version", ProblemCodes.Stale, $"The pairing changed since version {version}: reload it.");
        }

        if (!transition.From.Contains(pairing.State))
        {
            return Payload<Pairing>.Refused("input.id", ProblemCodes.InvalidState, $"A {pairing.State.ToString().ToUpperInvariant()} pairing cannot be {transition.PastTense}.");
        }

        if (note?.Length > 1000)
        {
            return Payload<Pairing>.Refused("input.note", ProblemCodes.TooLong, "At most 1000 characters.");
        }

        if (transition.To == PairingState.Accepted && await NoFreePlaceAsync(pairing.MentorId, cancellationToken))
        {
            return Payload<Pairing>.Refused("input.id", ProblemCodes.NoFreePlaces, "The mentor has no free place left: end another pairing or raise its maximum first.");
        }

        Apply(pairing, transition, note, outcome);
        audit.Record(caller, transition.Action, "MentoringPairing", pairing.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<Pairing>.Refused("input.version", ProblemCodes.Stale, "The pairing changed meanwhile: reload it.");
        }

        return Payload<Pairing>.Success(pairing);
    }

    /// <summary>Why this pair may not be proposed now, as user errors; null when it may.</summary>
    public async Task<Payload<Pairing>?> RefuseProposalAsync(int menteeId, int mentorId, string? note, CancellationToken cancellationToken)
    {
        if (note?.Length > 1000)
        {
            return Payload<Pairing>.Refused("input.note", ProblemCodes.TooLong, "At most 1000 characters.");
        }

        var pool = await matching.PoolAsync(cancellationToken);
        var (mentor, mentee) = (pool.Index.Find(mentorId), pool.Index.Find(menteeId));
        if (mentor is null || mentee is null)
        {
            return Payload<Pairing>.Refused(mentor is null ? "input.mentorId" : "input.menteeId", ProblemCodes.NotFound, "No active organisation has this id.");
        }

        var reasons = pool.Eligibility.Refusals(mentor, mentee);
        if (reasons.Count > 0)
        {
            return Payload<Pairing>.Refused(reasons.Select(r => UserError.At("input.mentorId", ProblemCodes.Ineligible, PairingExplanations.Of(r))));
        }

        var open = await db.MentoringPairings.AnyAsync(p => p.MentorId == mentorId && p.MenteeId == menteeId && p.State == PairingState.Proposed, cancellationToken);
        return open ? Payload<Pairing>.Refused("input.mentorId", ProblemCodes.Duplicate, "This pair is already proposed and waiting for the mentor's answer.") : null;
    }

    private async Task<bool> NoFreePlaceAsync(int mentorId, CancellationToken cancellationToken)
    {
        var pool = await matching.PoolAsync(cancellationToken);
        return pool.Index.Find(mentorId) is not { } mentor || pool.History.FreePlaces(mentor) == 0;
    }

    private void Apply(Pairing pairing, PairingTransition transition, string? note, PairingOutcome? outcome)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        pairing.State = transition.To;
        pairing.Version++;
        switch (transition.To)
        {
            case PairingState.Accepted or PairingState.Declined:
                (pairing.AnsweredAt, pairing.OutcomeNote) = (now, note);
                break;
            case PairingState.Active:
                pairing.StartedAt = now;
                break;
            default:
                (pairing.EndedAt, pairing.Outcome, pairing.OutcomeNote) = (now, outcome ?? PairingOutcome.Completed, note);
                break;
        }
    }
}
