using GraphQL;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Options;

/// <summary>
/// The bounds on what a client may ask the builder and the planner for, so one request cannot ask for an unbounded
/// search; out of bounds is an INVALID_ARGUMENT error, and the solver's own time guard a COMPUTATION_TIMEOUT.
/// </summary>
public static class ConsortiumQueryLimits
{
    public const double MaxRadiusKm = 20;
    public const int MaxAlternatives = 10;
    public const int MaxConsortiaPerOrganisation = 8;

    /// <summary>Each CP-SAT solve's guard, below the request's execution timeout (10 s by default) so a hard instance ends as a coded error, not an abandoned solve still using a core.</summary>
    public const double MaxSecondsPerSolve = 4;

    /// <summary>A job's guard per solve: no request waits on it, so it only bounds a hard instance's hold on a core.</summary>
    public const double JobMaxSecondsPerSolve = 120;

    public static ConsortiumRequest Request(ConsortiumOptionsInput input) =>
        new(input.Kind, Radius(input.RadiusKm), InRange(input.First ?? 3, 1, MaxAlternatives, "input.first"), MaxSecondsPerSolve);

    public static BoroughPlanRequest Request(ConsortiumPlanInput input) =>
        new(input.Kind, InRange(input.MaxConsortiaPerOrganisation ?? 1, 1, MaxConsortiaPerOrganisation, "input.maxConsortiaPerOrganisation"), Radius(input.RadiusKm), MaxSecondsPerSolve);

    /// <summary>What <see cref="Request(ConsortiumPlanInput)"/> would refuse, as user errors at their input paths.</summary>
    public static IReadOnlyList<Problem> PlanProblems(ConsortiumPlanInput input)
    {
        var problems = new List<Problem>();
        if (input.MaxConsortiaPerOrganisation is < 1 or > MaxConsortiaPerOrganisation)
        {
            problems.Add(new Problem("input.maxConsortiaPerOrganisation", ProblemCodes.OutOfRange, $"Must be between 1 and {MaxConsortiaPerOrganisation}."));
        }

        if (input.RadiusKm is { } km && (!double.IsFinite(km) || km < 0 || km > MaxRadiusKm))
        {
            problems.Add(new Problem("input.radiusKm", ProblemCodes.OutOfRange, $"Must be between 0 and {MaxRadiusKm} km."));
        }

        return problems;
    }

    /// <summary>Runs the solver, its time guard reported as an error with a code rather than as a server failure.</summary>
    public static T Solve<T>(Func<T> solve)
    {
        try
        {
            return solve();
        }
        catch (TimeoutException timeout)
        {
            throw new ExecutionError(timeout.Message) { Code = ErrorCodes.ComputationTimeout };
        }
    }

    private static double Radius(double? radiusKm) => radiusKm is { } km && (!double.IsFinite(km) || km < 0 || km > MaxRadiusKm)
        ? throw new ExecutionError($"input.radiusKm must be between 0 and {MaxRadiusKm} km.") { Code = ErrorCodes.InvalidArgument }
        : radiusKm ?? ConsortiumRequest.DefaultRadiusKm;

    private static int InRange(int value, int min, int max, string name) => value < min || value > max
        ? throw new ExecutionError($"{name} must be between {min} and {max}.") { Code = ErrorCodes.InvalidArgument }
        : value;
}
