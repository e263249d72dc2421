using Google.OrTools.Sat;
using VcsDirectory.Api.Jobs;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// One consortium for every centre at once, no organisation in more than the limit, with the builder's lexicographic
/// objective summed over centres: most categories covered, then fewest memberships, then most (member, reach ward)
/// pairs, solved exactly with CP-SAT as one model; then lower ids, as the builder breaks ties.
/// </summary>
/// <remarks>
/// Each centre's consortium is the builder's model with forming made optional; an organisation's memberships across
/// the centres' models are summed and bounded. Every member delivers a required category, so a centre that can form a
/// consortium within the limit does. Centres are ordered by id and candidates by id, so the answer does not depend on
/// the input's order.
/// </remarks>
public static class BoroughConsortiumPlanner
{
    /// <summary>Progress, when asked for, goes to 50% as each centre's best is found alone and to 95% through the borough model's stages; cancellation stops CP-SAT's search at once.</summary>
    public static BoroughConsortiumPlan Plan(
        IReadOnlyCollection<ConsortiumCentre> centres, IReadOnlyCollection<ConsortiumCandidate> organisations, BoroughPlanRequest request,
        IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(organisations);
        request.Validate();
        var perCentre = centres.OrderBy(c => c.Id).Select(c => CentreCandidates.For(c, organisations, request.ForOneCentre)).ToList();
        var unformed = perCentre.Where(c => !c.AnyCanLead).Select(c => new UnformedCentre(c.Centre.Id, ConsortiumBuilder.NoLeadReason(c))).ToList();
        var modelled = perCentre.Where(c => c.AnyCanLead).Select(c => (Centre: c, Modelled: DominancePruning.Keep(
            c.Eligible, DominancePruning.KeepForPlan(c.Categories.Length, perCentre.Select(other => other.Categories.Length))))).ToList();
        var ranks = modelled.SelectMany(c => c.Modelled).Select(c => c.Id).Distinct().Order()
            .Select((id, rank) => (id, rank)).ToDictionary(e => e.id, e => e.rank);

        var model = new CpModel();
        var consortia = modelled.Select(c => new ConsortiumModel(model, c.Centre, c.Modelled, ranks, mustForm: false)).ToList();
        var memberships = consortia
            .SelectMany(c => c.Modelled.Select((candidate, i) => (candidate.Id, Member: c.Members[i])))
            .GroupBy(entry => entry.Id, entry => entry.Member);
        foreach (var organisation in memberships.Where(g => g.Count() > request.MaxConsortiaPerOrganisation))
        {
            model.Add(LinearExpr.Sum(organisation) <= request.MaxConsortiaPerOrganisation);
        }

        if (consortia.Count == 0)
        {
            return new BoroughConsortiumPlan([], unformed, new ConsortiumObjective(0, 0, 0));
        }

        IReadOnlyList<(LinearExpr, int)> objectives =
        [
            (LinearExpr.Sum(consortia.Select(c => c.CoveredCount)), 1),
            (LinearExpr.Sum(consortia.Select(c => c.MemberCount)), -1),
            (LinearExpr.Sum(consortia.Select(c => c.WardPairs)), 1),
        ];
        // Each centre's best consortium on its own bounds the plan's objective; when the bests share no organisation
        // beyond the limit, they are the plan (see PlanBounds), and otherwise they are the search's start and bounds.
        var alone = consortia.Select((c, i) =>
        {
            progress?.Report(new JobProgress(5 + (45 * i / consortia.Count), "finding each centre's best consortium alone"));
            return ConsortiumBuilder.Build(c.Candidates.Centre, organisations, request.ForOneCentre, cancellationToken).Alternatives[0];
        }).ToList();
        var bounds = PlanBounds.Of(alone);
        if (PlanBounds.FitTheLimit(alone, request.MaxConsortiaPerOrganisation))
        {
            return new BoroughConsortiumPlan(alone, [.. unformed.OrderBy(u => u.CentreId)], new ConsortiumObjective((int)bounds[0], (int)bounds[1], (int)bounds[2]));
        }

        PlanBounds.Hint(model, consortia, alone);
        progress?.Report(new JobProgress(50, "solving the borough model"));
        var solver = LexicographicSolver.Solve(
            model, objectives, (LinearExpr.Sum(consortia.Select(c => c.IdRanks)), -1), [.. consortia.SelectMany(c => c.Members)], request.MaxSecondsPerSolve, bounds, cancellationToken)
            ?? throw new InvalidOperationException("The borough plan's model is infeasible, which forming nothing should never be.");
        var formed = new List<ConsortiumAlternative>();
        foreach (var consortium in consortia)
        {
            var members = consortium.ChosenMembers(solver);
            if (members.Count == 0)
            {
                unformed.Add(new UnformedCentre(consortium.Candidates.Centre.Id, $"Every organisation able to lead its consortium is already in {request.MaxConsortiaPerOrganisation} consortia of this plan."));
                continue;
            }

            formed.Add(AlternativeDescriber.Describe(consortium.Candidates, members, 1, organisations,
                $"they are already in {request.MaxConsortiaPerOrganisation} consortia of this plan"));
        }

        var objective = new ConsortiumObjective(
            formed.Sum(c => c.Objective.CoveredCategories), formed.Sum(c => c.Objective.Members), formed.Sum(c => c.Objective.WardPairs));
        return new BoroughConsortiumPlan(formed, [.. unformed.OrderBy(u => u.CentreId)], objective);
    }
}
