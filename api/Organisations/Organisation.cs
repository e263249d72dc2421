using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

/// <summary>A voluntary or community sector organisation working with children and families.</summary>
public sealed class Organisation : ILocated, IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>An org-id.guide identifier (GB-CHC-…); none for synthetic organisations.</summary>
    public string? Identifier { get; set; }

    /// <summary>Annual income in whole pounds.</summary>
    public long AnnualIncome { get; set; }

    /// <summary>Derived from <see cref="AnnualIncome"/> on every write (<see cref="SizeBands"/>); stored so it filters in SQL.</summary>
    public SizeBand SizeBand { get; set; }

    public int StaffCount { get; set; }

    public int VolunteerCount { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    /// <summary>Personal data: never served to the public.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Personal data: never served to the public.</summary>
    public string? ContactPhone { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The outward postcode area (e.g. BH15), never a full postcode.</summary>
    public string? PostcodeArea { get; set; }

    public Willingness Willingness { get; set; } = new();

    /// <summary>The support it says it would need over 18-24 months to do what it is willing to do.</summary>
    public string? SupportNeeded { get; set; }

    public bool IsSynthetic { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>Raised by one on every change; an update must name the version it read (optimistic concurrency).</summary>
    public int Version { get; set; } = 1;

    /// <summary>When it was archived; archived organisations leave the lists but keep their history.</summary>
    public DateTime? ArchivedAt { get; set; }

    public string? ArchiveReason { get; set; }

    public List<Ward> Wards { get; set; } = [];

    public List<ServiceCategory> Services { get; set; } = [];

    public List<OrganisationCapacity> Capacities { get; set; } = [];

    public List<OrganisationNeed> Needs { get; set; } = [];

    /// <summary>Sets the income and the size band that follows from it (a negative income, which the rules refuse, gets the smallest band).</summary>
    public void SetAnnualIncome(long annualIncome) => (AnnualIncome, SizeBand) = (annualIncome, SizeBands.FromAnnualIncome(Math.Max(0, annualIncome)));
}
