using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Mentoring.Pairings;

namespace VcsDirectory.Api.Mentoring.Plans;

public static class PlanMutations
{
    public static void AddPlanMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<MentoringPlanInputType, Dictionary<string, object?>, MentoringPlanCommitType, PlanCommit>(
            "commitMentoringPlan",
            "Recomputes the plan for this input (the same input gives the same plan) and proposes each of its new pairs to the mentors.",
            "CVS staff",
            CommitAsync);

    private static async Task<Payload<PlanCommit>> CommitAsync(IResolveFieldContext context, DirectoryCaller caller, Dictionary<string, object?> input)
    {
        AccessPolicy.DemandStaff(caller);
        var services = context.RequestServices!;
        var db = services.GetRequiredService<DirectoryDbContext>();
        var plan = await PlanQueries.PlanAsync(context, input);
        var open = (await db.MentoringPairings.Where(p => p.State == PairingState.Proposed).Select(p => new { p.MentorId, p.MenteeId }).ToListAsync(context.CancellationToken))
            .Select(p => (p.MentorId, p.MenteeId)).ToHashSet();
        var pairings = services.GetRequiredService<PairingService>();
        var proposed = plan.Pairings
            .Where(p => !p.Pinned && !open.Contains((p.Score.MentorId, p.Score.MenteeId)))
            .Select(p => pairings.NewProposal(caller, p.Score.MenteeId, p.Score.MentorId, $"Proposed by a CVS mentoring plan (score {p.Score.Total:F2}).", PairingOrigin.Plan))
            .ToList();
        db.AddRange(proposed);
        services.GetRequiredService<AuditRecorder>().Record(caller, "commitMentoringPlan", "MentoringPlan", 0);
        await db.SaveChangesAsync(context.CancellationToken);
        return Payload<PlanCommit>.Success(new PlanCommit(plan, proposed));
    }
}
