using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>
/// What support plans would change by a horizon if every step kept to its date: who is ready for each aim, and which
/// centres a consortium could then cover better.
/// </summary>
/// <remarks>
/// A step due on or before the horizon raises the organisation's strength in its area to 2 (strong) if it is lower;
/// a step overdue today still counts, since the forecast assumes plans keep to their dates. Today is received, never read.
/// </remarks>
public static class ReadinessForecast
{
    public static IReadOnlyList<AimForecast> Project(IReadOnlyCollection<ForecastOrganisation> organisations, DateOnly today, int months, ReadinessRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        var horizon = today.AddMonths(months);
        var projected = organisations.Select(o => (o.Id, Now: o.Strengths, Then: StrengthsBy(o, horizon))).OrderBy(o => o.Id).ToList();
        return
        [
            .. Enum.GetValues<ReadinessAim>().Select(aim =>
            {
                var now = projected.Where(o => Readiness.Of(o.Now, aim, requirements).IsReady).Select(o => o.Id).ToHashSet();
                var then = projected.Where(o => Readiness.Of(o.Then, aim, requirements).IsReady).Select(o => o.Id).ToList();
                return new AimForecast(aim, now.Count, then.Count, [.. then.Where(id => !now.Contains(id))]);
            }),
        ];
    }

    /// <summary>The organisation's strengths once every step due by <paramref name="horizon"/> is done.</summary>
    public static IReadOnlyDictionary<string, int> StrengthsBy(ForecastOrganisation organisation, DateOnly horizon)
    {
        var strengths = organisation.Strengths.ToDictionary();
        foreach (var step in organisation.Steps.Where(s => s.DueDate <= horizon))
        {
            strengths[step.Area] = Math.Max(strengths.GetValueOrDefault(step.Area), ConsortiumEligibility.StrongCapacity);
        }

        return strengths;
    }

    /// <summary>The centres whose best consortium of the request's kind covers more required categories with the projected strengths.</summary>
    /// <param name="projectedStrengths">Organisation id → strengths by the horizon; organisations not listed keep theirs.</param>
    public static IReadOnlyList<UnlockedCentre> CentresUnlocked(
        IReadOnlyCollection<ConsortiumCentre> centres,
        IReadOnlyCollection<ConsortiumCandidate> organisations,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, int>> projectedStrengths,
        ConsortiumRequest request)
    {
        var best = request with { First = 1 };
        var then = organisations.Select(o => projectedStrengths.TryGetValue(o.Id, out var s) ? o with { Strengths = s } : o).ToList();
        return
        [
            .. centres.OrderBy(c => c.Id)
                .Select(c => new UnlockedCentre(c.Id, Covered(ConsortiumBuilder.Build(c, organisations, best)), Covered(ConsortiumBuilder.Build(c, then, best))))
                .Where(c => c.CoveredByHorizon > c.CoveredNow),
        ];
    }

    private static int Covered(ConsortiumOptions options) => options.Alternatives is [var first, ..] ? first.Objective.CoveredCategories : 0;
}
