using Google.OrTools.Sat;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// Solves a CP-SAT model for several objectives in order of priority: each is optimised with the earlier ones fixed at
/// their optimum, so the answer is the exact lexicographic optimum whatever the objectives' ranges.
/// </summary>
/// <remarks>
/// One worker and a fixed seed make the search, and so the answer among equal optima, repeatable. Each stage starts
/// from the previous stage's solution as a hint. The time guard only ever turns into an error, never a worse answer.
/// </remarks>
internal static class LexicographicSolver
{
    /// <summary>Objectives in priority order; a positive sense maximises, a negative one minimises.</summary>
    public static (CpSolver Solver, long[] Values)? Solve(CpModel model, IReadOnlyList<(LinearExpr Expression, int Sense)> objectives, IReadOnlyList<BoolVar> hinted, double maxSeconds)
    {
        var values = new long[objectives.Count];
        CpSolver? solver = null;
        for (var stage = 0; stage < objectives.Count; stage++)
        {
            var (expression, sense) = objectives[stage];
            model.Model.Objective = null;
            if (sense > 0)
            {
                model.Maximize(expression);
            }
            else
            {
                model.Minimize(expression);
            }

            solver = new CpSolver { StringParameters = $"num_workers:1,random_seed:0,max_time_in_seconds:{maxSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}" };
            var status = solver.Solve(model);
            if (status == CpSolverStatus.Infeasible)
            {
                return null;
            }

            if (status != CpSolverStatus.Optimal)
            {
                throw new TimeoutException($"The consortium model was not solved to optimality within {maxSeconds} s (status {status}).");
            }

            values[stage] = (long)Math.Round(solver.ObjectiveValue);
            model.Add(expression == values[stage]);
            model.ClearHints();
            foreach (var variable in hinted)
            {
                model.AddHint(variable, solver.BooleanValue(variable));
            }
        }

        model.Model.Objective = null;
        return (solver!, values);
    }
}
