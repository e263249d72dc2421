using Google.OrTools.Sat;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>One group of the borough plan as CP-SAT models: each centre's consortium, optional, and the limit.</summary>
/// <remarks>
/// Each centre's consortium is the builder's model with forming made optional, over the candidates that
/// <see cref="DominancePruning"/> keeps for the plan; an organisation's memberships across the group are summed and
/// bounded. The centres' own optima bound the plan (<see cref="PlanBounds"/>): it covers at most their categories with
/// at least their members. So the plan is first looked for among plans that cover every centre's most categories with
/// at most s members more than the centres' own optima in all, for s = 0, 1, …, <see cref="MaxSlack"/>: in such a plan
/// no centre has more than its own fewest members plus s, so only <see cref="TightConsortia"/> take part, a far smaller
/// model. The first s that has a plan holds every plan as good, so its optimum is exact; when none has, the whole
/// model is solved. The centres' own optima start each search.
/// </remarks>
internal static class BoroughGroupModel
{
    public const int MaxSlack = 3;

    /// <summary>The member set chosen for each centre of the group, in the group's order; empty where none forms.</summary>
    public static List<List<EligibleCandidate>> Solve(
        IReadOnlyList<CentreCandidates> group, IReadOnlyList<ConsortiumAlternative> alone, BoroughPlanRequest request, CancellationToken cancellationToken = default)
    {
        for (var slack = 0; slack <= MaxSlack && group.All(TightConsortia.Applies); slack++)
        {
            var ceiling = alone.Select(a => a.Objective.Members + slack).ToList();
            var tight = group.Select((c, i) => TightConsortia.Of(c, alone[i].Objective.CoveredCategories, ceiling[i])).ToList();
            if (Solve(group, tight, ceiling, alone, request, slack, cancellationToken) is { } within)
            {
                return within;
            }
        }

        return Solve(group, [.. group.Select(c => c.Eligible.ToList())], [.. group.Select(c => DominancePruning.MaxPlanMembers(c.Categories.Length))], alone, request, slack: null, cancellationToken)
            ?? throw new InvalidOperationException("The borough plan's model is infeasible, which forming nothing should never be.");
    }

    private static List<List<EligibleCandidate>>? Solve(
        IReadOnlyList<CentreCandidates> group,
        List<List<EligibleCandidate>> candidates,
        List<int> maxMembers,
        IReadOnlyList<ConsortiumAlternative> alone,
        BoroughPlanRequest request,
        int? slack,
        CancellationToken cancellationToken)
    {
        var limit = request.MaxConsortiaPerOrganisation;
        var modelled = group.Select((_, i) => DominancePruning.Keep(candidates[i], DominancePruning.KeepForPlan(
            maxMembers[i], maxMembers.Where((_, j) => j != i), limit))).ToList();
        var ranks = modelled.SelectMany(m => m).Select(c => c.Id).Distinct().Order()
            .Select((id, rank) => (id, rank)).ToDictionary(e => e.id, e => e.rank);

        var model = new CpModel();
        var consortia = group.Select((c, i) => new ConsortiumModel(model, c, modelled[i], ranks, mustForm: false)).ToList();
        foreach (var organisation in consortia
            .SelectMany(c => c.Modelled.Select((candidate, i) => (candidate.Id, Member: c.Members[i])))
            .GroupBy(entry => entry.Id, entry => entry.Member)
            .Where(g => g.Count() > limit))
        {
            model.Add(LinearExpr.Sum(organisation) <= limit);
        }

        IReadOnlyList<(LinearExpr Expression, int Sense)> objectives =
        [
            (LinearExpr.Sum(consortia.Select(c => c.CoveredCount)), 1),
            (LinearExpr.Sum(consortia.Select(c => c.MemberCount)), -1),
            (LinearExpr.Sum(consortia.Select(c => c.WardPairs)), 1),
        ];
        var bounds = PlanBounds.Of(alone);
        if (slack is { } extra)
        {
            consortia.ForEach(c => model.Add(c.CoveredCount == alone[consortia.IndexOf(c)].Objective.CoveredCategories));
            consortia.ForEach(c => model.Add(c.MemberCount <= maxMembers[consortia.IndexOf(c)]));
            model.Add(objectives[1].Expression <= bounds[1] + extra);
        }

        PlanBounds.Hint(model, consortia, alone);
        var solver = LexicographicSolver.Solve(
            model, objectives, (LinearExpr.Sum(consortia.Select(c => c.IdRanks)), -1), [.. consortia.SelectMany(c => c.Members)], request.MaxSecondsPerSolve, bounds, cancellationToken);
        return solver is null ? null : [.. consortia.Select(c => c.ChosenMembers(solver))];
    }
}
