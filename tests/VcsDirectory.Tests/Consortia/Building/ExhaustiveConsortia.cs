using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Tests.Consortia.Building;

/// <summary>The reference the builder is checked against: every member set of a small instance, scored and ranked.</summary>
internal static class ExhaustiveConsortia
{
    /// <summary>Every feasible member set's objective, best first.</summary>
    public static List<ConsortiumObjective> Ranked(ConsortiumCentre centre, IReadOnlyList<ConsortiumCandidate> organisations, ConsortiumRequest request)
    {
        var eligible = Eligible(centre, organisations, request);
        var objectives = new List<ConsortiumObjective>();
        for (var mask = 1; mask < 1 << eligible.Count; mask++)
        {
            var members = eligible.Where((_, i) => (mask >> i & 1) == 1).ToList();
            if (IsFeasible(centre, members, request))
            {
                objectives.Add(Objective(centre, members));
            }
        }

        objectives.Sort((a, b) => ConsortiumObjective.Compare(b, a));
        return objectives;
    }

    public static List<ConsortiumCandidate> Eligible(ConsortiumCentre centre, IEnumerable<ConsortiumCandidate> organisations, ConsortiumRequest request) =>
        [.. organisations.Where(o => ConsortiumEligibility.MemberRefusals(centre, o, request.Kind, request.RadiusKm).Count == 0)];

    /// <summary>Some member can lead, and at most one member takes part only as lead (and it leads).</summary>
    public static bool IsFeasible(ConsortiumCentre centre, IReadOnlyList<ConsortiumCandidate> members, ConsortiumRequest request) =>
        members.Any(m => ConsortiumEligibility.LeadRefusals(centre, m, request.Kind, request.RadiusKm).Count == 0) &&
        members.Count(m => !m.WillingToJoin) <= 1;

    public static ConsortiumObjective Objective(ConsortiumCentre centre, IReadOnlyList<ConsortiumCandidate> members) => new(
        centre.RequiredCategories.Count(c => members.Any(m => m.DeliveredCategories.Contains(c))),
        members.Count,
        members.Sum(m => m.WardIds.Count(centre.ReachWardIds.Contains)));
}
