using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class CreateOrganisationInput
{
    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    public long AnnualIncome { get; set; }

    public int? StaffCount { get; set; }

    public int? VolunteerCount { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public LocationInput? Location { get; set; }

    public string? PostcodeArea { get; set; }

    public IReadOnlyList<string>? Wards { get; set; }

    public IReadOnlyList<string>? Services { get; set; }

    public string? SupportNeeded { get; set; }

    public bool? IsSynthetic { get; set; }
}
