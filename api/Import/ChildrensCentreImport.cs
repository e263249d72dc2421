using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Import;

/// <summary>A children's centre from its record; the importer then checks it with <see cref="ChildrensCentreRules"/>.</summary>
public static class ChildrensCentreImport
{
    /// <summary>A new centre; codes and keys the lookups lack are left out (the dataset's references are checked apart).</summary>
    public static ChildrensCentre ToEntity(ChildrensCentreRecord r, DirectoryLookups lookups) => new()
    {
        Name = r.Name, Status2013 = r.Status2013, Source = r.Source, WardIsInferred = r.WardIsInferred, LocationPrecision = r.LocationPrecision,
        Latitude = r.Latitude, Longitude = r.Longitude,
        Ward = r.Ward is null ? null : lookups.Wards.GetValueOrDefault(r.Ward),
        OperatorId = r.Operator is not null && lookups.Organisations.TryGetValue(r.Operator, out var operatorId) ? operatorId : null,
        VolunteerCount = r.VolunteerCount, ParentRepresentativeCount = r.ParentRepresentativeCount, HasAdvisoryBoard = r.HasAdvisoryBoard,
        IsSynthetic = r.IsSynthetic, OperationalFiguresAreSynthetic = r.OperationalFiguresAreSynthetic,
        ReachWards = r.ReachWards.Where(lookups.Wards.ContainsKey).Select(code => lookups.Wards[code]).Distinct().ToList(),
        Services = r.Services.Where(lookups.ServiceCategories.ContainsKey).Select(code => lookups.ServiceCategories[code]).Distinct().ToList(),
    };
}
