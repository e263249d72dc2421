using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Services;

/// <summary>
/// A service an organisation delivers to children and families: what, for whom, when and where. Open Referral UK's
/// service, with its service_at_location (<see cref="Centres"/>) and service areas (<see cref="AreaWards"/>).
/// </summary>
public sealed class Service : IVersioned
{
    public int Id { get; set; }

    public int ProviderId { get; set; }

    public Organisation Provider { get; set; } = null!;

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int ServiceCategoryId { get; set; }

    public ServiceCategory ServiceCategory { get; set; } = null!;

    public ServiceStatus Status { get; set; } = ServiceStatus.Active;

    /// <summary>The youngest child it is for, in months; null when open.</summary>
    public int? MinimumAgeMonths { get; set; }

    /// <summary>The oldest child it is for, in months; null when open.</summary>
    public int? MaximumAgeMonths { get; set; }

    public bool IsFree { get; set; } = true;

    /// <summary>The fee in a sentence ("£2 a session, free for families on Universal Credit"); null when free.</summary>
    public string? FeeDescription { get; set; }

    public List<DeliveryMode> DeliveryModes { get; set; } = [];

    /// <summary>BCP 47 language tags it is delivered in (en, pl, ro…).</summary>
    public List<string> Languages { get; set; } = [];

    public List<ServiceSchedule> Schedule { get; set; } = [];

    /// <summary>The service's public contact, unlike the organisation's restricted personal one.</summary>
    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>When it last changed (UTC): Open Referral's modified_after and the API's modifiedAfter read it.</summary>
    public DateTime ModifiedAt { get; set; }

    /// <summary>Raised by one on every change; an update must name the version it read (optimistic concurrency).</summary>
    public int Version { get; set; } = 1;

    /// <summary>The children's centres it is delivered at (Open Referral's service_at_location).</summary>
    public List<ChildrensCentre> Centres { get; set; } = [];

    public List<OutreachCluster> OutreachClusters { get; set; } = [];

    /// <summary>The wards it covers (Open Referral's service areas).</summary>
    public List<Ward> AreaWards { get; set; } = [];
}
