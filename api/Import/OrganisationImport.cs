using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Import;

/// <summary>An organisation from its record in the import format; the importer then checks it with <see cref="OrganisationRules"/>.</summary>
public static class OrganisationImport
{
    /// <summary>A new organisation; codes the lookups lack are left out (the dataset's references are checked apart).</summary>
    public static Organisation ToEntity(OrganisationRecord r, DirectoryLookups lookups)
    {
        var o = new Organisation
        {
            Name = r.Name, Kind = r.Kind, Identifier = r.Identifier,
            StaffCount = r.StaffCount, VolunteerCount = r.VolunteerCount, Description = r.Description, Website = r.Website,
            ContactEmail = r.ContactEmail, ContactPhone = r.ContactPhone, Latitude = r.Latitude, Longitude = r.Longitude, PostcodeArea = r.PostcodeArea,
            SupportNeeded = r.SupportNeeded, IsSynthetic = r.IsSynthetic, LastReviewedOn = r.LastReviewedOn,
            Willingness = new Willingness
            {
                ToMentor = r.Willingness.ToMentor, MaxMentees = r.Willingness.MaxMentees, ToLeadConsortium = r.Willingness.ToLeadConsortium,
                ToJoinConsortium = r.Willingness.ToJoinConsortium, ToManageCentre = r.Willingness.ToManageCentre, ToAddValue = r.Willingness.ToAddValue,
            },
        };
        o.SetAnnualIncome(r.AnnualIncome);
        Relations.Replace(o.Wards, r.Wards.Where(lookups.Wards.ContainsKey).Select(code => lookups.Wards[code]).ToList());
        Relations.Replace(o.Services, r.Services.Where(lookups.ServiceCategories.ContainsKey).Select(code => lookups.ServiceCategories[code]).ToList());
        OrganisationAreas.SetCapacities(o, r.Capacities.Select(c => (c.Area, c.Strength, c.Note)), lookups.CapacityAreas);
        OrganisationAreas.SetNeeds(o, r.Needs.Select(n => (n.Area, n.Priority, n.Note)), lookups.CapacityAreas);
        return o;
    }
}
