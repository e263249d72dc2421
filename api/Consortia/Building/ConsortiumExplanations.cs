using System.Globalization;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The sentences a coordinator reads beside each member and alternative.</summary>
internal static class ConsortiumExplanations
{
    public static IReadOnlyList<string> Qualifications(CentreCandidates centre, EligibleCandidate member)
    {
        var organisation = member.Organisation;
        var reach = centre.Centre.ReachWardIds.Count;
        var distance = member.DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $"{km:0.0} km") : null;
        List<string> sentences =
        [
            $"Delivers {List(centre.CategoriesOf(member))} through active services.",
            (member.WardPairs, distance) switch
            {
                ( > 0, null) => $"Serves {member.WardPairs} of the centre's {reach} reach wards.",
                ( > 0, _) => $"Serves {member.WardPairs} of the centre's {reach} reach wards and is {distance} from it.",
                _ => $"Is {distance} from the centre, within {Km(centre.Request.RadiusKm)}, though it serves none of its reach wards.",
            },
            (organisation.WillingToJoin, organisation.WillingToLead) switch
            {
                (true, true) => "Willing to join a consortium or to lead one.",
                (true, false) => "Willing to join a consortium.",
                _ => "Willing to lead a consortium, not to join one: it takes part only as the lead.",
            },
        ];
        if (centre.Request.Kind == ConsortiumKind.Community)
        {
            sentences.Add($"A {organisation.SizeBand.ToString().ToUpperInvariant()} group serving a reach ward, as a community consortium requires.");
        }
        else if (member.CanLead)
        {
            sentences.Add($"Able to lead: {organisation.SizeBand.ToString().ToUpperInvariant()}, strength " +
                $"{organisation.Strengths.GetValueOrDefault(ConsortiumEligibility.Governance)} in {ConsortiumEligibility.Governance} and " +
                $"{organisation.Strengths.GetValueOrDefault(ConsortiumEligibility.FinancialManagement)} in {ConsortiumEligibility.FinancialManagement}.");
        }

        return sentences;
    }

    public static string LeadChoice(EligibleCandidate lead, int ableToLead) => lead.OnlyAsLead
        ? "Leads: it is willing to lead but not to join, so it takes part only as the lead."
        : ableToLead == 1
            ? "Leads: the only member able to lead this kind of consortium."
            : $"Leads: of the {ableToLead} members able to lead, it covers the most required categories (the lower id on a tie).";

    public static string MemberChoice(IReadOnlyList<string> uniquelyCovered, EligibleCandidate member) =>
        (uniquelyCovered.Count, member.WardPairs) switch
        {
            ( > 0, _) => $"Chosen because no other member delivers {List(uniquelyCovered)}.",
            (0, > 0) => $"Its categories are covered by others too; it adds {member.WardPairs} reach ward(s) served, so the consortium is more local.",
            _ => "Its categories are covered by others too; it is in this lower-ranked alternative as a different member set.",
        };

    public static string Summary(ConsortiumObjective objective, int required) =>
        $"Covers {objective.CoveredCategories} of {required} required categories with {objective.Members} member(s), " +
        $"lead included, serving {objective.WardPairs} (member, reach ward) pair(s).";

    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }

    public static string Km(double km) => string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km");
}
