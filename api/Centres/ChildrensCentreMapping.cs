using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Centres;

/// <summary>Between a centre and its import-format record; used by the importer and the mutations alike.</summary>
public static class ChildrensCentreMapping
{
    /// <summary>The record of a centre loaded with its ward, reach wards and services.</summary>
    public static ChildrensCentreRecord ToRecord(ChildrensCentre c) => new()
    {
        Name = c.Name, Status2013 = c.Status2013, Ward = c.Ward?.Code, WardIsInferred = c.WardIsInferred,
        Latitude = c.Latitude, Longitude = c.Longitude, LocationPrecision = c.LocationPrecision,
        Operator = c.OperatorId is { } id ? DirectoryLookups.OrganisationKey(id) : null,
        VolunteerCount = c.VolunteerCount, ParentRepresentativeCount = c.ParentRepresentativeCount, HasAdvisoryBoard = c.HasAdvisoryBoard,
        ReachWards = c.ReachWards.Select(w => w.Code).Order(StringComparer.Ordinal).ToList(),
        Services = c.Services.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
        IsSynthetic = c.IsSynthetic, OperationalFiguresAreSynthetic = c.OperationalFiguresAreSynthetic, Source = c.Source,
    };

    public static void Apply(ChildrensCentreRecord r, ChildrensCentre c, DirectoryLookups lookups)
    {
        (c.Name, c.Status2013, c.WardIsInferred, c.LocationPrecision) = (r.Name, r.Status2013, r.WardIsInferred, r.LocationPrecision);
        (c.Latitude, c.Longitude) = (r.Latitude, r.Longitude);
        c.Ward = r.Ward is null ? null : lookups.Wards[r.Ward];
        c.Operator = r.Operator is null ? null : lookups.Organisations[r.Operator];
        (c.VolunteerCount, c.ParentRepresentativeCount, c.HasAdvisoryBoard) = (r.VolunteerCount, r.ParentRepresentativeCount, r.HasAdvisoryBoard);
        (c.IsSynthetic, c.OperationalFiguresAreSynthetic, c.Source) = (r.IsSynthetic, r.OperationalFiguresAreSynthetic, r.Source);
        Relations.Replace(c.ReachWards, r.ReachWards.Select(code => lookups.Wards[code]).ToList());
        Relations.Replace(c.Services, r.Services.Select(code => lookups.ServiceCategories[code]).ToList());
    }
}
