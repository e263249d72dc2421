using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>Everything the computed indicators read about one centre, as plain records.</summary>
/// <param name="Services">The active services delivered at the centre.</param>
/// <param name="Opportunities">The participation opportunities at the centre or its services.</param>
/// <param name="Providers">The borough's organisations (not archived): where based, what they deliver, where they serve.</param>
/// <param name="Clusters">The borough's detected need clusters with their coverage.</param>
/// <param name="Support">The borough's active support relationships.</param>
public sealed record CentreRecords(
    CentreFacts Centre,
    IReadOnlyList<DeliveredService> Services,
    IReadOnlyList<OpportunityFacts> Opportunities,
    IReadOnlyList<ProviderPoint> Providers,
    IReadOnlyList<ClusterReach> Clusters,
    IReadOnlyList<SupportRelationship> Support);
