using System.Globalization;
using Google.OrTools.Sat;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// Solves a CP-SAT model for several objectives in order of priority: each is optimised with the earlier ones fixed at
/// their optimum, so the answer is the exact lexicographic optimum whatever the objectives' ranges. A last tie-break
/// objective is then improved within a fixed amount of deterministic work.
/// </summary>
/// <remarks>
/// One worker and a fixed seed make the search repeatable, and the tie-break's budget is CP-SAT's deterministic time
/// (counted work, not the clock), so the same model always gives the same answer (commitConsortiumPlan relies on it).
/// Linearization level 2 puts the covering rows, the per-organisation limits and their cuts into the LP: set covering's
/// plain LP bound is weak, and with level 1 one worker could not prove the borough plan's fewest members on the demo
/// (the lead-partner plan with a limit of 2 stayed at a bound of 10 against 15 for 30 s); with level 2 it takes well
/// under a second. The tie-break is not proved optimal:
/// proving the lowest sum of id ranks among many equal optima took 17 s on the 150-organisation borough plan, for an
/// order no user sees. Each stage starts from the previous one's solution. The time guard on the exact stages only ever
/// turns into an error, never a worse answer; so does cancellation, which stops CP-SAT's search at once (<c>StopSearch</c>).
/// </remarks>
internal static class LexicographicSolver
{
    private const double TieBreakWork = 0.25;

    /// <summary>Objectives in priority order; a positive sense maximises, a negative one minimises.</summary>
    /// <param name="bounds">
    /// Optional: a bound on each objective that holds whenever every earlier one reached its own bound. It is added as
    /// a (redundant) constraint while that is so, which lets CP-SAT stop as soon as a solution reaches it.
    /// </param>
    public static CpSolver? Solve(
        CpModel model,
        IReadOnlyList<(LinearExpr Expression, int Sense)> objectives,
        (LinearExpr Expression, int Sense) tieBreak,
        IReadOnlyList<BoolVar> hinted,
        double maxSeconds,
        IReadOnlyList<long>? bounds = null,
        CancellationToken cancellationToken = default)
    {
        CpSolver? solver = null;
        var boundsHold = bounds is not null;
        for (var stage = 0; stage < objectives.Count; stage++)
        {
            var (expression, sense) = objectives[stage];
            if (boundsHold)
            {
                model.Add(sense > 0 ? expression <= bounds![stage] : expression >= bounds![stage]);
            }

            solver = Run(model, expression, sense, hinted, $"max_time_in_seconds:{maxSeconds.ToString(CultureInfo.InvariantCulture)}");
            var status = Interruptible(solver, model, cancellationToken);
            if (status == CpSolverStatus.Infeasible)
            {
                return null;
            }

            if (status != CpSolverStatus.Optimal)
            {
                throw new TimeoutException($"The consortium model was not solved to optimality within {maxSeconds} s (status {status}).");
            }

            var value = (long)Math.Round(solver.ObjectiveValue);
            model.Add(expression == value);
            boundsHold &= value == bounds?[stage];
            Hint(model, solver, hinted);
        }

        var tieBreaker = Run(model, tieBreak.Expression, tieBreak.Sense, hinted, $"max_deterministic_time:{TieBreakWork.ToString(CultureInfo.InvariantCulture)}");
        var tieStatus = Interruptible(tieBreaker, model, cancellationToken);
        model.Model.Objective = null;
        return tieStatus is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? tieBreaker : solver;
    }

    /// <summary>Solves, stopping the search as soon as <paramref name="cancellationToken"/> is cancelled; then throws rather than answer with a cut-short search.</summary>
    private static CpSolverStatus Interruptible(CpSolver solver, CpModel model, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(model);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return status;
    }

    private static CpSolver Run(CpModel model, LinearExpr expression, int sense, IReadOnlyList<BoolVar> hinted, string limit)
    {
        model.Model.Objective = null;
        if (sense > 0)
        {
            model.Maximize(expression);
        }
        else
        {
            model.Minimize(expression);
        }

        return new CpSolver { StringParameters = $"num_workers:1,random_seed:0,linearization_level:2,{limit}" };
    }

    private static void Hint(CpModel model, CpSolver solver, IReadOnlyList<BoolVar> hinted)
    {
        model.ClearHints();
        foreach (var variable in hinted)
        {
            model.AddHint(variable, solver.BooleanValue(variable));
        }
    }
}
