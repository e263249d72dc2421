using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>A profile edit: an omitted field leaves the organisation as it is; null clears an optional one.</summary>
public sealed class UpdateOrganisationProfileInput : EditInput
{
    public Optional<string?> Name { get; set; }

    public Optional<OrganisationKind?> Kind { get; set; }

    public Optional<long?> AnnualIncome { get; set; }

    public Optional<int?> StaffCount { get; set; }

    public Optional<int?> VolunteerCount { get; set; }

    public Optional<string?> Description { get; set; }

    public Optional<string?> Website { get; set; }

    public Optional<string?> ContactEmail { get; set; }

    public Optional<string?> ContactPhone { get; set; }

    public Optional<LocationInput?> Location { get; set; }

    public Optional<string?> PostcodeArea { get; set; }

    public Optional<string?> SupportNeeded { get; set; }

    public Optional<DateOnly?> LastReviewedOn { get; set; }
}
