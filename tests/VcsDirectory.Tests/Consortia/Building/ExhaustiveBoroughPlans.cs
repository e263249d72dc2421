using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Tests.Consortia.Building;

/// <summary>The borough plan's reference: every combination of one feasible member set (or none) per centre within the limit.</summary>
internal static class ExhaustiveBoroughPlans
{
    public static ConsortiumObjective Best(IReadOnlyList<ConsortiumCentre> centres, IReadOnlyList<ConsortiumCandidate> organisations, BoroughPlanRequest request)
    {
        var request1 = request.ForOneCentre;
        var options = centres.Select(centre =>
        {
            var eligible = ExhaustiveConsortia.Eligible(centre, organisations, request1);
            var sets = new List<(List<int> Ids, ConsortiumObjective Objective)> { ([], new ConsortiumObjective(0, 0, 0)) };
            for (var mask = 1; mask < 1 << eligible.Count; mask++)
            {
                var members = eligible.Where((_, i) => (mask >> i & 1) == 1).ToList();
                if (ExhaustiveConsortia.IsFeasible(centre, members, request1))
                {
                    sets.Add(([.. members.Select(m => m.Id)], ExhaustiveConsortia.Objective(centre, members)));
                }
            }

            return sets;
        }).ToList();
        var best = new ConsortiumObjective(0, 0, 0);
        var uses = new Dictionary<int, int>();
        void Search(int centre, ConsortiumObjective sum)
        {
            if (centre == options.Count)
            {
                best = ConsortiumObjective.Compare(sum, best) > 0 ? sum : best;
                return;
            }

            foreach (var (ids, objective) in options[centre])
            {
                if (ids.Any(id => uses.GetValueOrDefault(id) >= request.MaxConsortiaPerOrganisation))
                {
                    continue;
                }

                ids.ForEach(id => uses[id] = uses.GetValueOrDefault(id) + 1);
                Search(centre + 1, new ConsortiumObjective(
                    sum.CoveredCategories + objective.CoveredCategories, sum.Members + objective.Members, sum.WardPairs + objective.WardPairs));
                ids.ForEach(id => uses[id]--);
            }
        }

        Search(0, best);
        return best;
    }
}
