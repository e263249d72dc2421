using VcsDirectory.Api.Import;
using VcsDirectory.Api.Outreach;

namespace VcsDirectory.Api.Services;

/// <summary>Between a service and its import-format record; used by the importer and the mutations alike.</summary>
public static class ServiceMapping
{
    /// <summary>The record of a service loaded with its provider, category and places.</summary>
    public static ServiceRecord ToRecord(Service s) => new()
    {
        Key = $"service-{s.Id}", Provider = DirectoryLookups.OrganisationKey(s.ProviderId), Name = s.Name, Description = s.Description,
        Category = s.ServiceCategory.Code, Status = s.Status, MinimumAgeMonths = s.MinimumAgeMonths, MaximumAgeMonths = s.MaximumAgeMonths,
        IsFree = s.IsFree, FeeDescription = s.FeeDescription, DeliveryModes = s.DeliveryModes.ToList(), Languages = s.Languages.ToList(),
        Schedule = s.Schedule.Select(x => new ScheduleRecord(x.Day, x.OpensAt, x.ClosesAt)).ToList(),
        ContactEmail = s.ContactEmail, ContactPhone = s.ContactPhone, LastReviewedOn = s.LastReviewedOn, IsSynthetic = s.IsSynthetic,
        Centres = s.Centres.Select(c => c.Name).Order(StringComparer.Ordinal).ToList(),
        OutreachClusters = s.OutreachClusters.Select(c => $"cluster-{c.Id}").Order(StringComparer.Ordinal).ToList(),
        AreaWards = s.AreaWards.Select(w => w.Code).Order(StringComparer.Ordinal).ToList(),
    };

    public static void Apply(ServiceRecord r, Service s, DirectoryLookups lookups, IReadOnlyDictionary<string, OutreachCluster> clusters)
    {
        (s.Provider, s.ServiceCategory) = (lookups.Organisations[r.Provider], lookups.ServiceCategories[r.Category]);
        (s.Name, s.Description, s.Status) = (r.Name, r.Description, r.Status);
        (s.MinimumAgeMonths, s.MaximumAgeMonths, s.IsFree, s.FeeDescription) = (r.MinimumAgeMonths, r.MaximumAgeMonths, r.IsFree, r.FeeDescription);
        (s.DeliveryModes, s.Languages) = (r.DeliveryModes.Distinct().Order().ToList(), r.Languages.Distinct().ToList());
        var schedule = r.Schedule.OrderBy(x => x.Day).ThenBy(x => x.OpensAt).ToList();
        // Owned rows are replaced wholesale, so only a changed schedule is replaced (and audited).
        if (!schedule.SequenceEqual(s.Schedule.Select(x => new ScheduleRecord(x.Day, x.OpensAt, x.ClosesAt))))
        {
            s.Schedule = schedule.Select(x => new ServiceSchedule { Day = x.Day, OpensAt = x.OpensAt, ClosesAt = x.ClosesAt }).ToList();
        }
        (s.ContactEmail, s.ContactPhone, s.LastReviewedOn, s.IsSynthetic) = (r.ContactEmail, r.ContactPhone, r.LastReviewedOn, r.IsSynthetic);
        Relations.Replace(s.Centres, r.Centres.Select(name => lookups.ChildrensCentres[name]).ToList());
        Relations.Replace(s.OutreachClusters, r.OutreachClusters.Select(key => clusters[key]).ToList());
        Relations.Replace(s.AreaWards, r.AreaWards.Select(code => lookups.Wards[code]).ToList());
    }
}
