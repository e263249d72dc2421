namespace VcsDirectory.Api.Outreach;

/// <summary>
/// What a computation over every identified need costs a request (see <c>Computations</c>): detecting clusters (the
/// CLUSTERS map layer runs the same detection; the other layers are priced alike) is a DBSCAN over all needs plus hulls
/// and coverage, about a hundred times the work of reading one page of a list.
/// </summary>
public static class OutreachPrices
{
    public const double Detection = 500;
}
