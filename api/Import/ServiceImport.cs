using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Import;

/// <summary>A service from its record in the import format; the importer then checks it with <see cref="ServiceRules"/>.</summary>
public static class ServiceImport
{
    /// <summary>A new service; references the lookups lack are left out (the dataset's references are checked apart).</summary>
    public static Service ToEntity(ServiceRecord r, DirectoryLookups lookups, IReadOnlyDictionary<string, OutreachCluster> clusters)
    {
        var s = new Service
        {
            Name = r.Name, Description = r.Description, Status = r.Status, MinimumAgeMonths = r.MinimumAgeMonths, MaximumAgeMonths = r.MaximumAgeMonths,
            IsFree = r.IsFree, FeeDescription = r.FeeDescription, DeliveryModes = r.DeliveryModes.Distinct().Order().ToList(), Languages = r.Languages.Distinct().ToList(),
            Schedule = r.Schedule.OrderBy(x => x.Day).ThenBy(x => x.OpensAt).Select(x => new ServiceSchedule { Day = x.Day, OpensAt = x.OpensAt, ClosesAt = x.ClosesAt }).ToList(),
            ContactEmail = r.ContactEmail, ContactPhone = r.ContactPhone, LastReviewedOn = r.LastReviewedOn, IsSynthetic = r.IsSynthetic,
        };
        if (lookups.Organisations.TryGetValue(r.Provider, out var providerId))
        {
            s.ProviderId = providerId;
        }

        if (lookups.ServiceCategories.TryGetValue(r.Category, out var category))
        {
            s.ServiceCategory = category;
        }

        Relations.Replace(s.Centres, r.Centres.Where(lookups.ChildrensCentres.ContainsKey).Select(name => lookups.ChildrensCentres[name]).ToList());
        Relations.Replace(s.OutreachClusters, r.OutreachClusters.Where(clusters.ContainsKey).Select(key => clusters[key]).ToList());
        Relations.Replace(s.AreaWards, r.AreaWards.Where(lookups.Wards.ContainsKey).Select(code => lookups.Wards[code]).ToList());
        return s;
    }
}
