using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Mentoring.Plans;

/// <summary>
/// A plan's input as the client gives it (ward and capacity area codes), read from <c>MentoringPlanInput</c> and kept
/// as a job's input; <see cref="PlanAsync"/> is the one computation the query, the commit and the job all run.
/// </summary>
public sealed record MentoringPlanRequest(IReadOnlyList<string> Wards, IReadOnlyList<string> Needs)
{
    public static MentoringPlanRequest From(IDictionary<string, object?> input) => new(input.Strings("wards"), input.Strings("needs"));

    /// <summary>Each code that names no ward or capacity area, at its path in the input.</summary>
    public async Task<IReadOnlyList<Problem>> ProblemsAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var (wards, areas) = await IdsAsync(db, cancellationToken);
        return
        [
            .. Wards.Select((code, i) => (code, i)).Where(c => !wards.ContainsKey(c.code))
                .Select(c => new Problem($"input.wards[{c.i}]", ProblemCodes.UnknownReference, $"No ward has the code '{c.code}'.")),
            .. Needs.Select((code, i) => (code, i)).Where(c => !areas.ContainsKey(c.code))
                .Select(c => new Problem($"input.needs[{c.i}]", ProblemCodes.UnknownReference, $"No capacity area has the code '{c.code}'.")),
        ];
    }

    /// <summary>The plan for this request on the current data; its codes must have been checked (<see cref="ProblemsAsync"/>).</summary>
    public async Task<MentoringPlan> PlanAsync(DirectoryDbContext db, MatchingData data, IProgress<PlanProgress>? progress, CancellationToken cancellationToken)
    {
        var (wards, areas) = await IdsAsync(db, cancellationToken);
        var pool = await data.PoolAsync(cancellationToken);
        return MentoringPlanner.Plan(
            new PlanInput(pool, Wards.Count == 0 ? null : wards.Values.ToHashSet(), Needs.Count == 0 ? null : areas.Values.ToHashSet()),
            progress,
            cancellationToken);
    }

    private async Task<(Dictionary<string, int> Wards, Dictionary<string, int> Areas)> IdsAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var wards = await db.Wards.Where(w => Wards.Contains(w.Code)).ToDictionaryAsync(w => w.Code, w => w.Id, cancellationToken);
        var areas = await db.CapacityAreas.Where(a => Needs.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        return (wards, areas);
    }
}
