using static VcsDirectory.Api.Consortia.Building.ConsortiumExplanations;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>Says why a required category is not covered and what would unlock it, from the first rule that stops it.</summary>
/// <remarks>
/// The rules are read in order: someone delivers it; someone willing; someone local (for a located centre, the
/// smallest whole-km radius that would bring one in); the kind's own rules; and, failing all, that eligible
/// organisations exist but are not in this member set (a lower alternative, or taken by other centres in a plan).
/// </remarks>
internal static class CoverageGaps
{
    public static UncoveredCategory Explain(CentreCandidates centre, string category, IReadOnlyCollection<ConsortiumCandidate> organisations, string unusedReason)
    {
        var request = centre.Request;
        var deliverers = organisations.Where(o => !o.IsArchived && o.DeliveredCategories.Contains(category)).ToList();
        var willing = deliverers.Where(o => o.WillingToJoin || o.WillingToLead).ToList();
        var local = willing.Where(o => ConsortiumEligibility.IsLocal(centre.Centre, o, request.RadiusKm)).ToList();
        var eligible = centre.Eligible.Count(c => c.Organisation.DeliveredCategories.Contains(category));
        var sentence = (deliverers.Count, willing.Count, local.Count, eligible) switch
        {
            (0, _, _, _) => $"No organisation in the directory delivers {category} through an active service.",
            (var n, 0, _, _) => $"{n} organisation(s) deliver {category}, but none is willing to join or lead a consortium.",
            (_, var n, 0, _) => NotLocal(centre, category, willing, n),
            (_, _, var n, 0) => request.Kind == ConsortiumKind.Community
                ? $"{n} willing organisation(s) nearby deliver {category}, but a community consortium takes only MICRO, SMALL or MEDIUM groups serving a reach ward; a lead-partner consortium could include them."
                : $"{n} willing organisation(s) nearby deliver {category}, but each can take part only as the lead and cannot lead this kind of consortium.",
            (_, _, _, var n) => $"{n} eligible organisation(s) deliver {category}, but {unusedReason}.",
        };
        return new UncoveredCategory(category, sentence);
    }

    private static string NotLocal(CentreCandidates centre, string category, List<ConsortiumCandidate> willing, int count)
    {
        var radius = Km(centre.Request.RadiusKm);
        if (centre.Centre.Location is null)
        {
            return $"No willing organisation serving the centre's reach wards delivers {category}; the centre has no recorded location, " +
                $"so distance cannot widen the search ({count} willing organisation(s) elsewhere do).";
        }

        var distances = willing
            .Select(o => ConsortiumEligibility.DistanceKm(centre.Centre, o))
            .OfType<double>()
            .Order()
            .ToList();
        if (distances.Count == 0)
        {
            return $"No willing organisation within {radius} or serving a reach ward delivers {category}; the {count} elsewhere have no recorded location.";
        }

        var unlocking = Math.Max(Math.Ceiling(distances[0]), Math.Floor(centre.Request.RadiusKm) + 1);
        var within = distances.Count(d => d <= unlocking);
        return $"No willing organisation within {radius} or serving a reach ward delivers {category}; {within} do within {Km(unlocking)}.";
    }
}
