using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Participation;
using VcsDirectory.Api.Outcomes.Specifications;
using VcsDirectory.Api.Outcomes.Values;

namespace VcsDirectory.Api.Outcomes.Demo;

/// <summary>
/// Synthetic outcomes for a centre whose operational figures are synthetic: a 2026-27 specification committing to every
/// indicator, two recorded values per recorded indicator (spread over on track, at risk and off track), and participation
/// opportunities matching its figures. Deterministic: the same centre always gets the same records. All flagged synthetic.
/// </summary>
public static class OutcomesDemo
{
    public static readonly DateOnly PeriodStart = new(2026, 4, 1);
    public static readonly DateOnly PeriodEnd = new(2027, 3, 31);
    private static readonly DateOnly[] Quarters = [new(2026, 6, 30), new(2026, 9, 30)];

    // How far short of its target the latest value falls: met, within the 10% margin, beyond it.
    private static readonly double[] Shortfalls = [-0.02, 0.05, 0.2];

    public static ServiceSpecification Specification(ChildrensCentre centre, DateTime now) => new()
    {
        Centre = centre, PeriodStart = PeriodStart, PeriodEnd = PeriodEnd, IsSynthetic = true, ModifiedAt = now,
        Targets = PooleOutcomeFramework.Instance.Indicators
            .Select(i => new IndicatorTarget { IndicatorCode = i.Code, Target = DemoTargets.ByIndicator[i.Code].Target, Baseline = DemoTargets.ByIndicator[i.Code].Baseline })
            .ToList(),
    };

    public static IEnumerable<IndicatorValue> RecordedValues(ChildrensCentre centre, int centreNumber, DateTime now)
    {
        var recorded = PooleOutcomeFramework.Instance.Indicators.Where(i => !i.IsComputed).ToList();
        for (var i = 0; i < recorded.Count; i++)
        {
            var indicator = recorded[i];
            var (target, baseline) = DemoTargets.ByIndicator[indicator.Code];
            var sign = indicator.Direction == IndicatorDirection.HigherIsBetter ? 1 : -1;
            var latest = target - (sign * Shortfalls[(centreNumber + i) % 3] * target);
            var first = ((baseline ?? latest) + latest) / 2;
            foreach (var (on, value) in Quarters.Zip([first, latest]))
            {
                yield return new IndicatorValue
                {
                    Centre = centre, IndicatorCode = indicator.Code, On = on, IsSynthetic = true, RecordedAt = now,
                    Value = indicator.Unit == IndicatorUnit.Count ? Math.Round(value) : Math.Round(value, 1),
                    Note = "Demo figure (synthetic).",
                };
            }
        }
    }

    public static IEnumerable<ParticipationOpportunity> Opportunities(ChildrensCentre centre, int centreNumber, DateTime now)
    {
        const string How = "Ask at the centre's reception, or through the centre's public email (demo).";
        var parents = centre.ParentRepresentativeCount ?? 0;
        yield return Opportunity(centre, ParticipationKind.ParentRepresentative, "Parent representative on the centre's parents' forum.", Math.Max(4, parents), Math.Min(parents, Math.Max(4, parents)), How, now);
        if (centre.HasAdvisoryBoard == true)
        {
            yield return Opportunity(centre, ParticipationKind.AdvisoryBoardSeat, "Parent seat on the centre's advisory board.", 2, 1, How, now);
        }

        string[] roles = ["Stay-and-play helper", "Breastfeeding peer supporter", "Toy library volunteer", "Community garden helper"];
        for (var r = 0; r < 1 + (centreNumber % roles.Length); r++)
        {
            var places = 2 + ((centreNumber + r) % 4);
            yield return Opportunity(centre, ParticipationKind.VolunteerRole, roles[r] + ".", places, Math.Max(0, places - 1 - (r % 2)), How, now);
        }

        var closed = Opportunity(centre, ParticipationKind.VolunteerRole, "Summer holiday trips helper (closed for the season).", 4, 4, How, now);
        closed.IsOpen = false;
        yield return closed;
    }

    private static ParticipationOpportunity Opportunity(ChildrensCentre centre, ParticipationKind kind, string description, int places, int filled, string how, DateTime now) => new()
    {
        Centre = centre, Kind = kind, Description = description, Places = places, PlacesFilled = filled, HowToTakePart = how, IsSynthetic = true, ModifiedAt = now,
    };
}
