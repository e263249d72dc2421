using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Organisations;

/// <summary>
/// Between an organisation and its record in the import format: the one mapping both the importer and
/// the mutations use, so a record is validated by the same rules whichever way it arrives.
/// </summary>
public static class OrganisationMapping
{
    /// <summary>The record of an organisation loaded with its wards, services, capacities and needs (and their areas).</summary>
    public static OrganisationRecord ToRecord(Organisation o) => new()
    {
        Key = DirectoryLookups.OrganisationKey(o.Id), Name = o.Name, Kind = o.Kind, Identifier = o.Identifier, AnnualIncome = o.AnnualIncome,
        StaffCount = o.StaffCount, VolunteerCount = o.VolunteerCount, Description = o.Description, Website = o.Website,
        ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone, Latitude = o.Latitude, Longitude = o.Longitude,
        PostcodeArea = o.PostcodeArea, SupportNeeded = o.SupportNeeded, IsSynthetic = o.IsSynthetic, LastReviewedOn = o.LastReviewedOn,
        Wards = o.Wards.Select(w => w.Code).Order(StringComparer.Ordinal).ToList(),
        Services = o.Services.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
        Capacities = o.Capacities.Select(c => new CapacityRecord(c.CapacityArea.Code, c.Strength, c.Note)).ToList(),
        Needs = o.Needs.Select(n => new NeedRecord(n.CapacityArea.Code, n.Priority, n.Note)).ToList(),
        Willingness = new WillingnessRecord(
            o.Willingness.ToMentor, o.Willingness.MaxMentees, o.Willingness.ToLeadConsortium,
            o.Willingness.ToJoinConsortium, o.Willingness.ToManageCentre, o.Willingness.ToAddValue),
    };

    /// <summary>Writes a validated record onto an organisation, new or tracked; relations are updated in place.</summary>
    public static void Apply(OrganisationRecord r, Organisation o, DirectoryLookups lookups)
    {
        (o.Name, o.Kind, o.Identifier, o.AnnualIncome, o.SizeBand) = (r.Name, r.Kind, r.Identifier, r.AnnualIncome, SizeBands.FromAnnualIncome(r.AnnualIncome));
        (o.StaffCount, o.VolunteerCount, o.Description, o.Website) = (r.StaffCount, r.VolunteerCount, r.Description, r.Website);
        (o.ContactEmail, o.ContactPhone, o.Latitude, o.Longitude, o.PostcodeArea) = (r.ContactEmail, r.ContactPhone, r.Latitude, r.Longitude, r.PostcodeArea);
        (o.SupportNeeded, o.IsSynthetic, o.LastReviewedOn) = (r.SupportNeeded, r.IsSynthetic, r.LastReviewedOn);
        var w = r.Willingness;
        (o.Willingness.ToMentor, o.Willingness.MaxMentees, o.Willingness.ToLeadConsortium) = (w.ToMentor, w.MaxMentees, w.ToLeadConsortium);
        (o.Willingness.ToJoinConsortium, o.Willingness.ToManageCentre, o.Willingness.ToAddValue) = (w.ToJoinConsortium, w.ToManageCentre, w.ToAddValue);
        Relations.Replace(o.Wards, r.Wards.Select(code => lookups.Wards[code]).ToList());
        Relations.Replace(o.Services, r.Services.Select(code => lookups.ServiceCategories[code]).ToList());
        Merge(o.Capacities, r.Capacities, c => c.CapacityArea.Code, c => c.Area,
            c => new OrganisationCapacity { CapacityArea = lookups.CapacityAreas[c.Area], Strength = c.Strength, Note = c.Note },
            (e, c) => (e.Strength, e.Note) = (c.Strength, c.Note));
        Merge(o.Needs, r.Needs, n => n.CapacityArea.Code, n => n.Area,
            n => new OrganisationNeed { CapacityArea = lookups.CapacityAreas[n.Area], Priority = n.Priority, Note = n.Note },
            (e, n) => (e.Priority, e.Note) = (n.Priority, n.Note));
    }

    // Rows keyed by (organisation, area) are updated in place: removing and re-adding one key in a save would clash.
    private static void Merge<TEntity, TRecord>(
        List<TEntity> current, IReadOnlyList<TRecord> wanted, Func<TEntity, string> entityArea, Func<TRecord, string> recordArea,
        Func<TRecord, TEntity> create, Action<TEntity, TRecord> update)
    {
        var byArea = wanted.ToDictionary(recordArea);
        current.RemoveAll(e => !byArea.ContainsKey(entityArea(e)));
        foreach (var record in wanted)
        {
            var existing = current.FirstOrDefault(e => entityArea(e) == recordArea(record));
            if (existing is null)
            {
                current.Add(create(record));
            }
            else
            {
                update(existing, record);
            }
        }
    }
}
