using Google.OrTools.Sat;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>
/// The best consortia for one centre: exact lexicographic optima of (1) required categories covered, (2) fewest
/// members, lead included, (3) most (member, reach ward served) pairs, solved with CP-SAT; then, among equal optima,
/// the lowest sum of id ranks the solver finds within a fixed amount of deterministic work (see <see cref="LexicographicSolver"/>).
/// </summary>
/// <remarks>
/// The k-th alternative is the exact optimum over every member set but the k−1 before it (a no-good constraint per
/// earlier set), so the alternatives' objectives are the k best of all feasible member sets. A superset of an earlier
/// set can come next when nothing smaller matches it: it is a real, more local alternative. Candidates are ordered by
/// id before the model is built, so the answer does not depend on the input's order.
/// </remarks>
public static class ConsortiumBuilder
{
    public static ConsortiumOptions Build(
        ConsortiumCentre centre, IReadOnlyCollection<ConsortiumCandidate> organisations, ConsortiumRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentNullException.ThrowIfNull(organisations);
        request.Validate();
        return Build(CentreCandidates.For(centre, organisations, request), organisations, cancellationToken);
    }

    internal static ConsortiumOptions Build(CentreCandidates candidates, IReadOnlyCollection<ConsortiumCandidate> organisations, CancellationToken cancellationToken = default)
    {
        var (centre, request) = (candidates.Centre, candidates.Request);
        var required = candidates.Categories;
        if (!candidates.AnyCanLead)
        {
            return new ConsortiumOptions(centre.Id, request.Kind, required, candidates.Eligible.Count, [], NoLeadReason(candidates));
        }

        var modelled = DominancePruning.Keep(candidates.Eligible, DominancePruning.KeepForBuilder(required.Length, request.First));
        var ranks = modelled.Select((c, i) => (c.Id, i)).ToDictionary(e => e.Id, e => e.i);
        var alternatives = new List<ConsortiumAlternative>();
        var excluded = new List<IReadOnlySet<int>>();
        while (alternatives.Count < request.First)
        {
            var model = new CpModel();
            var consortium = new ConsortiumModel(model, candidates, modelled, ranks, mustForm: true);
            excluded.ForEach(set => consortium.Exclude(model, set));
            var solver = LexicographicSolver.Solve(model, Objectives(consortium), (consortium.IdRanks, -1), consortium.Members, request.MaxSecondsPerSolve, cancellationToken: cancellationToken);
            if (solver is null)
            {
                break;
            }

            var members = consortium.ChosenMembers(solver);
            excluded.Add(members.Select(m => m.Id).ToHashSet());
            alternatives.Add(AlternativeDescriber.Describe(
                candidates, members, alternatives.Count + 1, organisations,
                alternatives.Count == 0 ? "none can join a consortium with the lead this needs" : "they are in a better-ranked alternative"));
        }

        return new ConsortiumOptions(centre.Id, request.Kind, required, candidates.Eligible.Count, alternatives, null);
    }

    internal static IReadOnlyList<(LinearExpr, int)> Objectives(ConsortiumModel consortium) =>
        [(consortium.CoveredCount, 1), (consortium.MemberCount, -1), (consortium.WardPairs, 1)];

    internal static string NoLeadReason(CentreCandidates candidates) => (candidates.Eligible.Count, candidates.Request.Kind) switch
    {
        (0, _) when candidates.Centre.Location is null && candidates.Centre.ReachWardIds.Count == 0 =>
            "The centre has neither a recorded location nor reach wards, so no organisation counts as local: record its reach wards.",
        (0, _) => $"No organisation may join: none is non-archived, willing, local (a reach ward or within {ConsortiumExplanations.Km(candidates.Request.RadiusKm)}) " +
            "and delivering a required category" + (candidates.Request.Kind == ConsortiumKind.Community ? ", and MICRO, SMALL or MEDIUM serving a reach ward." : "."),
        (var n, ConsortiumKind.LeadPartner) => $"{n} organisation(s) may join, but none can lead a lead-partner consortium: willing to lead, MEDIUM or larger, " +
            $"and strong (2 or more) in {ConsortiumEligibility.Governance} and {ConsortiumEligibility.FinancialManagement}.",
        (var n, _) => $"{n} organisation(s) may join, but none is willing to lead.",
    };
}
