using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>
/// The pairing lifecycle's questions: proposed (by the mentee's side or a plan) → accepted or declined (by the mentor's
/// side) → active → ended (by either side). <see cref="PairingEdits"/> asks them on the one editing path.
/// </summary>
public sealed class PairingService(DirectoryDbContext db, MatchingData matching, TimeProvider clock)
{
    public Pairing NewProposal(DirectoryCaller caller, int menteeId, int mentorId, string? note, PairingOrigin origin) =>
        Propose(new Pairing { ProposedBy = "" }, caller, menteeId, mentorId, note, origin);

    /// <summary>Makes <paramref name="pairing"/> a proposal of this pair by the caller, now.</summary>
    public Pairing Propose(Pairing pairing, DirectoryCaller caller, int menteeId, int mentorId, string? note, PairingOrigin origin)
    {
        (pairing.MentorId, pairing.MenteeId, pairing.State, pairing.Origin) = (mentorId, menteeId, PairingState.Proposed, origin);
        (pairing.ProposedBy, pairing.ProposedAt, pairing.Note) = (caller.Actor, clock.GetUtcNow().UtcDateTime, note);
        return pairing;
    }

    /// <summary>Why this pair may not be proposed now, as problems (the first reason only); none when it may.</summary>
    public async Task CheckProposalAsync(ProblemList problems, int menteeId, int mentorId, string? note, CancellationToken cancellationToken)
    {
        if (note?.Length > 1000)
        {
            problems.Add("input.note", ProblemCodes.TooLong, "At most 1000 characters.");
            return;
        }

        var pool = await matching.PoolAsync(cancellationToken);
        var (mentor, mentee) = (pool.Index.Find(mentorId), pool.Index.Find(menteeId));
        if (mentor is null || mentee is null)
        {
            problems.Add(mentor is null ? "input.mentorId" : "input.menteeId", ProblemCodes.NotFound, "No active organisation has this id.");
            return;
        }

        var reasons = pool.Eligibility.Refusals(mentor, mentee);
        foreach (var reason in reasons)
        {
            problems.Add("input.mentorId", ProblemCodes.Ineligible, PairingExplanations.Of(reason));
        }

        if (reasons.Count == 0 && await db.MentoringPairings.AnyAsync(p => p.MentorId == mentorId && p.MenteeId == menteeId && p.State == PairingState.Proposed, cancellationToken))
        {
            problems.Add("input.mentorId", ProblemCodes.Duplicate, "This pair is already proposed and waiting for the mentor's answer.");
        }
    }

    public async Task<bool> NoFreePlaceAsync(int mentorId, CancellationToken cancellationToken)
    {
        var pool = await matching.PoolAsync(cancellationToken);
        return pool.Index.Find(mentorId) is not { } mentor || pool.History.FreePlaces(mentor) == 0;
    }
}
