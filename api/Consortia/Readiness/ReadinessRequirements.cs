using System.Text.RegularExpressions;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>The capacity areas each aim requires strength (2 or more) in; codes of the capacity-area taxonomy.</summary>
/// <remarks>
/// Bound from configuration section <see cref="SectionName"/> (e.g. <c>Consortia:Readiness:JoinConsortium:0</c>); an
/// aim left out keeps its default. The lists are nullable because the configuration binder appends to a list that
/// already has items, so a default list would never be replaced. <see cref="Validate"/> runs at start-up for the
/// lists' shape; <see cref="ValidateAgainst"/> checks the codes against the taxonomy the directory holds.
/// Defaults from issue 14; every code named there exists in the seed's taxonomy.
/// </remarks>
public sealed partial record ReadinessRequirements
{
    public const string SectionName = "Consortia:Readiness";

    public static ReadinessRequirements Default { get; } = new();

    public IReadOnlyList<string>? ManageCentre { get; init; }

    public IReadOnlyList<string>? LeadConsortium { get; init; }

    public IReadOnlyList<string>? JoinConsortium { get; init; }

    public IReadOnlyList<string> AreasFor(ReadinessAim aim) => aim switch
    {
        ReadinessAim.ManageCentre => ManageCentre ?? ["GOVERNANCE", "FINANCIAL_MANAGEMENT", "SAFEGUARDING", "HR", "PREMISES", "OUTCOMES_MEASUREMENT"],
        ReadinessAim.LeadConsortium => LeadConsortium ?? ["GOVERNANCE", "FINANCIAL_MANAGEMENT", "PARTNERSHIP_WORKING", "OUTCOMES_MEASUREMENT"],
        ReadinessAim.JoinConsortium => JoinConsortium ?? ["SAFEGUARDING", "OUTCOMES_MEASUREMENT"],
        _ => throw new ArgumentOutOfRangeException(nameof(aim), aim, "No such aim."),
    };

    /// <summary>Throws when an aim requires no area, an area twice, or a code that is not SCREAMING_SNAKE_CASE.</summary>
    public void Validate()
    {
        foreach (var aim in Enum.GetValues<ReadinessAim>())
        {
            var areas = AreasFor(aim);
            if (areas.Count == 0 || areas.Distinct().Count() != areas.Count || !areas.All(a => a is not null && CodePattern().IsMatch(a)))
            {
                throw new InvalidOperationException(
                    $"{SectionName}:{aim}: list one or more distinct capacity area codes in SCREAMING_SNAKE_CASE (got [{string.Join(", ", areas)}]).");
            }
        }
    }

    /// <summary>Throws, naming them, when an aim requires an area the taxonomy does not have.</summary>
    public void ValidateAgainst(IEnumerable<string> knownAreaCodes)
    {
        var known = knownAreaCodes.ToHashSet(StringComparer.Ordinal);
        var unknown = Enum.GetValues<ReadinessAim>()
            .SelectMany(aim => AreasFor(aim).Where(a => !known.Contains(a)).Select(a => $"{aim}: {a}"))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{SectionName}: unknown capacity areas ({string.Join("; ", unknown)}); known: {string.Join(", ", known.Order())}.");
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex CodePattern();
}
