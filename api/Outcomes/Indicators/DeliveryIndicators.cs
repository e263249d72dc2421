using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>VCS organisations in delivery: who delivers at the centre, what is delivered at or near it, and the support between organisations in its reach.</summary>
public static class DeliveryIndicators
{
    /// <summary>
    /// VCS services delivered at the centre, out of those services plus one in-house service per required category none of
    /// them covers: the operator delivers what nobody else does, and counts as VCS only when a VCS organisation runs the centre.
    /// </summary>
    public static ComputedValue VcsShareOfServices(CentreFacts centre, IReadOnlyList<DeliveredService> services)
    {
        var covered = services.Select(s => s.ServiceCategoryId).ToHashSet();
        var inHouse = centre.RequiredCategoryIds.Count(c => !covered.Contains(c));
        var total = services.Count + inHouse;
        if (total == 0)
        {
            return ComputedValue.None("Nothing is delivered at the centre and its specification requires no category.");
        }

        var vcs = services.Count(s => s.ProviderIsVcs) + (centre.OperatorIsVcs ? inHouse : 0);
        return new(Percent(vcs, total),
            $"{vcs} of {total} services are delivered by VCS organisations ({services.Count} delivered at the centre, {inHouse} required categories delivered in-house by {(centre.OperatorIsVcs ? "its VCS operator" : "the council")}).");
    }

    /// <summary>Required categories covered by a service at the centre, or by an organisation based within the radius of it or serving a reach ward.</summary>
    public static ComputedValue RequiredCategoriesDelivered(
        CentreFacts centre, IReadOnlyList<DeliveredService> services, IReadOnlyList<ProviderPoint> providers, double radiusKm = CoverageAnalyzer.DefaultRadiusKm)
    {
        if (centre.RequiredCategoryIds.Count == 0)
        {
            return ComputedValue.None("The centre's specification requires no category.");
        }

        var near = providers.Where(p => p.WardIds.Overlaps(centre.ReachWardIds)
            || (p.Location is { } at && centre.Location is { } here && here.DistanceKmTo(at) <= radiusKm)).ToList();
        var delivered = centre.RequiredCategoryIds
            .Count(c => services.Any(s => s.ServiceCategoryId == c) || near.Any(p => p.ServiceCategoryIds.Contains(c)));
        return new(Percent(delivered, centre.RequiredCategoryIds.Count),
            $"{delivered} of {centre.RequiredCategoryIds.Count} required categories are delivered at the centre or by an organisation within {radiusKm:0.#} km or serving its reach wards.");
    }

    /// <summary>
    /// Active mentoring pairings with a mentor or mentee serving a reach ward, plus open support plans (a step not done)
    /// whose organisation serves one. Each pairing and each plan counts once, however many of its organisations or wards are
    /// in reach; a plan and a pairing that carries one of its steps are two records of support and count as two.
    /// </summary>
    public static ComputedValue MentoringAndSupport(CentreFacts centre, IReadOnlyList<SupportRelationship> support)
    {
        var inReach = support.Where(r => r.Sides.Any(s => s.WardIds.Overlaps(centre.ReachWardIds))).DistinctBy(r => (r.Kind, r.Id)).ToList();
        var pairings = inReach.Count(r => r.Kind == SupportKind.MentoringPairing);
        var plans = inReach.Count(r => r.Kind == SupportKind.SupportPlan);
        return new(inReach.Count,
            $"{pairings} active mentoring pairing{(pairings == 1 ? "" : "s")} and {plans} open support plan{(plans == 1 ? "" : "s")} involve an organisation serving the centre's reach wards.");
    }

    internal static double Percent(int part, int whole) => Math.Round(100.0 * part / whole, 1);
}
