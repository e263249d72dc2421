using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>How ready an organisation is for an aim: the share of the required areas it is already strong (2 or more) in.</summary>
/// <param name="Share">From 0 to 1; 1 when ready.</param>
/// <param name="Gaps">The required areas it is not yet strong in, in the configuration's order.</param>
public sealed record Readiness(ReadinessAim Aim, IReadOnlyList<string> RequiredAreas, IReadOnlyList<string> StrongAreas, IReadOnlyList<string> Gaps, double Share)
{
    public bool IsReady => Gaps.Count == 0;

    /// <param name="strengths">Capacity area code → strength, 1 (some) to 3 (can teach it).</param>
    public static Readiness Of(IReadOnlyDictionary<string, int> strengths, ReadinessAim aim, ReadinessRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(strengths);
        var required = requirements.AreasFor(aim);
        var strong = required.Where(area => strengths.GetValueOrDefault(area) >= ConsortiumEligibility.StrongCapacity).ToList();
        var gaps = required.Except(strong).ToList();
        return new Readiness(aim, required, strong, gaps, required.Count == 0 ? 1 : (double)strong.Count / required.Count);
    }
}
