namespace VcsDirectory.Api.Consortia.Building;

/// <summary>A centre's required categories, numbered, and the organisations that may join its consortium, by id.</summary>
internal sealed class CentreCandidates
{
    private CentreCandidates(ConsortiumCentre centre, ConsortiumRequest request, string[] categories, List<EligibleCandidate> eligible)
    {
        Centre = centre;
        Request = request;
        Categories = categories;
        Eligible = eligible;
    }

    public ConsortiumCentre Centre { get; }

    public ConsortiumRequest Request { get; }

    /// <summary>The centre's required categories in ordinal order: the model numbers them by this position.</summary>
    public string[] Categories { get; }

    /// <summary>Ascending by id, whatever the input order, so the model (and so the answer) does not depend on it.</summary>
    public IReadOnlyList<EligibleCandidate> Eligible { get; }

    public static CentreCandidates For(ConsortiumCentre centre, IEnumerable<ConsortiumCandidate> candidates, ConsortiumRequest request)
    {
        var categories = centre.RequiredCategories.Order(StringComparer.Ordinal).ToArray();
        var eligible = candidates
            .Where(c => ConsortiumEligibility.MemberRefusals(centre, c, request.Kind, request.RadiusKm).Count == 0)
            .OrderBy(c => c.Id)
            .Select(c => new EligibleCandidate(
                c,
                [.. Enumerable.Range(0, categories.Length).Where(i => c.DeliveredCategories.Contains(categories[i]))],
                c.WardIds.Count(centre.ReachWardIds.Contains),
                ConsortiumEligibility.LeadRefusals(centre, c, request.Kind, request.RadiusKm).Count == 0,
                !c.WillingToJoin,
                ConsortiumEligibility.DistanceKm(centre, c)))
            .ToList();
        return new CentreCandidates(centre, request, categories, eligible);
    }

    public bool AnyCanLead => Eligible.Any(c => c.CanLead);

    public IEnumerable<string> CategoriesOf(EligibleCandidate candidate) => candidate.CategoryIndexes.Select(i => Categories[i]);
}
