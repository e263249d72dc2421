using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>From mutation inputs to import-format records, so one set of rules validates both.</summary>
internal static class OrganisationInputs
{
    public static OrganisationRecord NewRecord(IDictionary<string, object?> input)
    {
        var (latitude, longitude) = input.Location("location", (null, null));
        return new OrganisationRecord
        {
            Key = "new",
            Name = input.Value<string>("name"),
            Kind = input.Value<OrganisationKind>("kind"),
            AnnualIncome = input.Value<long>("annualIncome"),
            StaffCount = input.Optional("staffCount", 0),
            VolunteerCount = input.Optional("volunteerCount", 0),
            Description = input.Optional<string?>("description", null),
            Website = input.Optional<string?>("website", null),
            ContactEmail = input.Optional<string?>("contactEmail", null),
            ContactPhone = input.Optional<string?>("contactPhone", null),
            Latitude = latitude,
            Longitude = longitude,
            PostcodeArea = input.Optional<string?>("postcodeArea", null),
            Wards = input.Strings("wards"),
            Services = input.Strings("services"),
            SupportNeeded = input.Optional<string?>("supportNeeded", null),
            IsSynthetic = input.Optional("isSynthetic", false),
        };
    }

    public static OrganisationRecord Profile(OrganisationRecord r, IDictionary<string, object?> input)
    {
        var (latitude, longitude) = input.Location("location", (r.Latitude, r.Longitude));
        return r with
        {
            Name = input.Optional("name", r.Name) ?? "",
            Kind = input.Optional("kind", r.Kind),
            AnnualIncome = input.Optional("annualIncome", r.AnnualIncome),
            StaffCount = input.Optional("staffCount", r.StaffCount),
            VolunteerCount = input.Optional("volunteerCount", r.VolunteerCount),
            Description = input.Optional("description", r.Description),
            Website = input.Optional("website", r.Website),
            ContactEmail = input.Optional("contactEmail", r.ContactEmail),
            ContactPhone = input.Optional("contactPhone", r.ContactPhone),
            Latitude = latitude,
            Longitude = longitude,
            PostcodeArea = input.Optional("postcodeArea", r.PostcodeArea),
            SupportNeeded = input.Optional("supportNeeded", r.SupportNeeded),
            LastReviewedOn = input.Optional("lastReviewedOn", r.LastReviewedOn),
        };
    }

    public static WillingnessRecord Willingness(IDictionary<string, object?> w) => new(
        w.Value<bool>("toMentor"), w.Value<int>("maxMentees"), w.Value<bool>("toLeadConsortium"),
        w.Value<bool>("toJoinConsortium"), w.Value<bool>("toManageCentre"), w.Value<bool>("toAddValue"));
}
