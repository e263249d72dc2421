using VcsDirectory.Api.Jobs;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// One consortium for every centre at once, no organisation in more than the limit, with the builder's lexicographic
/// objective summed over centres: most categories covered, then fewest memberships, then most (member, reach ward)
/// pairs, solved exactly with CP-SAT; then lower ids, as the builder breaks ties.
/// </summary>
/// <remarks>
/// The centres are split into groups that no organisation's limit ties together (<see cref="PlanGroups"/>); a group
/// whose centres' own best consortia fit the limit takes them (<see cref="PlanBounds"/>), and any other is solved as one
/// model (<see cref="BoroughGroupModel"/>). Every member delivers a required category, so a centre that can form a
/// consortium within the limit does. Centres are ordered by id and candidates by id, so the answer does not depend on
/// the input's order.
/// </remarks>
public static class BoroughConsortiumPlanner
{
    /// <summary>
    /// Progress, when asked for, goes from 5% to 95% group by group (each centre's best alone, then the group's model where
    /// the bests do not fit the limit); cancellation stops CP-SAT's search at once.
    /// </summary>
    public static BoroughConsortiumPlan Plan(
        IReadOnlyCollection<ConsortiumCentre> centres, IReadOnlyCollection<ConsortiumCandidate> organisations, BoroughPlanRequest request,
        IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(organisations);
        request.Validate();
        var perCentre = centres.OrderBy(c => c.Id).Select(c => CentreCandidates.For(c, organisations, request.ForOneCentre)).ToList();
        var unformed = perCentre.Where(c => !c.AnyCanLead).Select(c => new UnformedCentre(c.Centre.Id, ConsortiumBuilder.NoLeadReason(c))).ToList();
        var formed = new List<ConsortiumAlternative>();
        var groups = PlanGroups.Of([.. perCentre.Where(c => c.AnyCanLead)], request.MaxConsortiaPerOrganisation);
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            progress?.Report(new JobProgress(5 + (90 * index / groups.Count), "finding each centre's best consortium alone"));
            cancellationToken.ThrowIfCancellationRequested();
            var alone = group.Select(c => ConsortiumBuilder.Build(c, organisations, cancellationToken).Alternatives[0]).ToList();
            if (PlanBounds.FitTheLimit(alone, request.MaxConsortiaPerOrganisation))
            {
                formed.AddRange(alone);
                continue;
            }

            progress?.Report(new JobProgress(5 + (90 * index / groups.Count) + (45 / groups.Count), "solving the borough model"));
            cancellationToken.ThrowIfCancellationRequested();
            var chosen = BoroughGroupModel.Solve(group, alone, request, cancellationToken);
            for (var c = 0; c < group.Count; c++)
            {
                if (chosen[c].Count == 0)
                {
                    unformed.Add(new UnformedCentre(group[c].Centre.Id, $"Every organisation able to lead its consortium is already in {request.MaxConsortiaPerOrganisation} consortia of this plan."));
                    continue;
                }

                formed.Add(AlternativeDescriber.Describe(group[c], chosen[c], 1, organisations,
                    $"they are already in {request.MaxConsortiaPerOrganisation} consortia of this plan"));
            }
        }

        var objective = new ConsortiumObjective(
            formed.Sum(c => c.Objective.CoveredCategories), formed.Sum(c => c.Objective.Members), formed.Sum(c => c.Objective.WardPairs));
        return new BoroughConsortiumPlan([.. formed.OrderBy(c => c.CentreId)], [.. unformed.OrderBy(u => u.CentreId)], objective);
    }
}
