using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>Each organisation mutation: what it loads beside the organisation's row, and how it applies its input.</summary>
public static class OrganisationEdits
{
    public static RecordEdit<Organisation, CreateOrganisationInput> Create { get; } = new()
    {
        Action = "createOrganisation",
        Apply = async (scope, o, input) =>
        {
            (o.Name, o.Kind) = (input.Name, input.Kind);
            o.SetAnnualIncome(input.AnnualIncome);
            (o.StaffCount, o.VolunteerCount, o.Description, o.Website) = (input.StaffCount ?? 0, input.VolunteerCount ?? 0, input.Description, input.Website);
            (o.ContactEmail, o.ContactPhone, o.PostcodeArea, o.SupportNeeded) = (input.ContactEmail, input.ContactPhone, input.PostcodeArea, input.SupportNeeded);
            (o.Latitude, o.Longitude, o.IsSynthetic) = (input.Location?.Latitude, input.Location?.Longitude, input.IsSynthetic ?? false);
            await SetWardsAndServicesAsync(scope, o, input.Wards ?? [], input.Services ?? []);
        },
    };

    public static RecordEdit<Organisation, UpdateOrganisationProfileInput> Profile { get; } = new()
    {
        Action = "updateOrganisationProfile",
        Apply = (_, o, input) =>
        {
            (o.Name, o.Kind) = (input.Name.Or(o.Name) ?? "", input.Kind.Or(o.Kind) ?? default);
            o.SetAnnualIncome(input.AnnualIncome.Or(o.AnnualIncome) ?? 0);
            (o.StaffCount, o.VolunteerCount) = (input.StaffCount.Or(o.StaffCount) ?? 0, input.VolunteerCount.Or(o.VolunteerCount) ?? 0);
            (o.Description, o.Website) = (input.Description.Or(o.Description), input.Website.Or(o.Website));
            (o.ContactEmail, o.ContactPhone) = (input.ContactEmail.Or(o.ContactEmail), input.ContactPhone.Or(o.ContactPhone));
            if (input.Location.IsSet)
            {
                (o.Latitude, o.Longitude) = (input.Location.Value?.Latitude, input.Location.Value?.Longitude);
            }

            (o.PostcodeArea, o.SupportNeeded) = (input.PostcodeArea.Or(o.PostcodeArea), input.SupportNeeded.Or(o.SupportNeeded));
            o.LastReviewedOn = input.LastReviewedOn.Or(o.LastReviewedOn);
            return Task.CompletedTask;
        },
    };

    public static RecordEdit<Organisation, SetOrganisationCapacitiesInput> Capacities { get; } = new()
    {
        Action = "setOrganisationCapacities",
        Touches = (organisations, _) => organisations.Include(o => o.Capacities).ThenInclude(c => c.CapacityArea),
        Apply = async (scope, o, input) =>
        {
            var areas = await scope.LookupAsync(scope.Db.CapacityAreas, a => a.Code, input.Capacities.Select(c => c.Area).ToList(), "input.capacities", "capacity area");
            OrganisationAreas.SetCapacities(o, input.Capacities.Select(c => (c.Area, c.Strength, c.Note)), areas);
        },
    };

    public static RecordEdit<Organisation, SetOrganisationNeedsInput> Needs { get; } = new()
    {
        Action = "setOrganisationNeeds",
        Touches = (organisations, _) => organisations.Include(o => o.Needs).ThenInclude(n => n.CapacityArea),
        Apply = async (scope, o, input) =>
        {
            var areas = await scope.LookupAsync(scope.Db.CapacityAreas, a => a.Code, input.Needs.Select(n => n.Area).ToList(), "input.needs", "capacity area");
            OrganisationAreas.SetNeeds(o, input.Needs.Select(n => (n.Area, n.Priority, n.Note)), areas);
        },
    };

    public static RecordEdit<Organisation, SetOrganisationWillingnessInput> Willingness { get; } = new()
    {
        Action = "setOrganisationWillingness",
        Apply = (_, o, input) =>
        {
            var (w, to) = (input.Willingness, o.Willingness);
            (to.ToMentor, to.MaxMentees, to.ToLeadConsortium) = (w.ToMentor, w.MaxMentees, w.ToLeadConsortium);
            (to.ToJoinConsortium, to.ToManageCentre, to.ToAddValue) = (w.ToJoinConsortium, w.ToManageCentre, w.ToAddValue);
            return Task.CompletedTask;
        },
    };

    public static RecordEdit<Organisation, SetOrganisationWardsAndServicesInput> WardsAndServices { get; } = new()
    {
        Action = "setOrganisationWardsAndServices",
        Touches = (organisations, _) => organisations.Include(o => o.Wards).Include(o => o.Services).AsSplitQuery(),
        Apply = (scope, o, input) => SetWardsAndServicesAsync(scope, o, input.Wards, input.Services),
    };

    public static RecordEdit<Organisation, ArchiveOrganisationInput> Archive { get; } = new()
    {
        Action = "archiveOrganisation",
        Apply = (scope, o, input) =>
        {
            if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > 500)
            {
                scope.Problems.Add("input.reason", ProblemCodes.Required, "Give a reason of 1 to 500 characters.");
            }

            (o.ArchivedAt, o.ArchiveReason) = (scope.Now, input.Reason);
            return Task.CompletedTask;
        },
    };

    private static async Task SetWardsAndServicesAsync(EditScope scope, Organisation o, IReadOnlyList<string> wards, IReadOnlyList<string> services)
    {
        var wardsByCode = await scope.LookupAsync(scope.Db.Wards, w => w.Code, wards, "input.wards", "ward");
        var servicesByCode = await scope.LookupAsync(scope.Db.ServiceCategories, s => s.Code, services, "input.services", "service category");
        Relations.Replace(o.Wards, wards.Where(wardsByCode.ContainsKey).Select(code => wardsByCode[code]).Distinct().ToList());
        Relations.Replace(o.Services, services.Where(servicesByCode.ContainsKey).Select(code => servicesByCode[code]).Distinct().ToList());
    }
}
