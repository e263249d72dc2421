using Google.OrTools.Sat;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>What each centre's best consortium on its own tells the borough plan.</summary>
/// <remarks>
/// Summed, the centres' own optima bound the plan lexicographically: it cannot cover more categories than they do;
/// covering as many means every centre covers its most, so it cannot have fewer members; and so on for reach wards.
/// Hence when those optima together keep every organisation within the limit, they are an exact optimum of the plan.
/// </remarks>
internal static class PlanBounds
{
    public static long[] Of(IReadOnlyList<ConsortiumAlternative> alone) =>
    [
        alone.Sum(a => a.Objective.CoveredCategories),
        alone.Sum(a => a.Objective.Members),
        alone.Sum(a => a.Objective.WardPairs),
    ];

    public static bool FitTheLimit(IReadOnlyList<ConsortiumAlternative> alone, int maxConsortiaPerOrganisation) =>
        alone.SelectMany(a => a.Members).GroupBy(m => m.OrganisationId).All(g => g.Count() <= maxConsortiaPerOrganisation);

    /// <summary>Starts the search from the centres' own optima (CP-SAT repairs a hint that breaks the limit).</summary>
    public static void Hint(CpModel model, IReadOnlyList<ConsortiumModel> consortia, IReadOnlyList<ConsortiumAlternative> alone)
    {
        for (var c = 0; c < consortia.Count; c++)
        {
            var chosen = alone[c].Members.Select(m => m.OrganisationId).ToHashSet();
            for (var i = 0; i < consortia[c].Modelled.Count; i++)
            {
                model.AddHint(consortia[c].Members[i], chosen.Contains(consortia[c].Modelled[i].Id));
            }
        }
    }
}
