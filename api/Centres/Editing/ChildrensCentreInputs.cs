using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Centres.Editing;

/// <summary>From centre mutation inputs to import-format records: absent fields keep the record's value.</summary>
internal static class ChildrensCentreInputs
{
    public static ChildrensCentreRecord NewRecord(IDictionary<string, object?> input) => Changed(
        new ChildrensCentreRecord { Name = "", Status2013 = "", Source = "", LocationPrecision = LocationPrecision.Unknown },
        input) with
    {
        IsSynthetic = input.Optional("isSynthetic", false),
    };

    public static ChildrensCentreRecord Changed(ChildrensCentreRecord r, IDictionary<string, object?> input)
    {
        var (latitude, longitude) = input.Location("location", (r.Latitude, r.Longitude));
        var precision = input.ContainsKey("location")
            ? latitude is null ? LocationPrecision.Unknown : LocationPrecision.Exact
            : r.LocationPrecision;
        return r with
        {
            Name = input.Optional("name", r.Name) ?? "",
            Status2013 = input.Optional("status2013", r.Status2013) ?? "",
            Source = input.Optional("source", r.Source) ?? "",
            Ward = input.Optional("ward", r.Ward),
            WardIsInferred = input.Optional("wardIsInferred", r.WardIsInferred),
            Latitude = latitude,
            Longitude = longitude,
            LocationPrecision = input.Optional("locationPrecision", precision),
            VolunteerCount = input.Optional("volunteerCount", r.VolunteerCount),
            ParentRepresentativeCount = input.Optional("parentRepresentativeCount", r.ParentRepresentativeCount),
            HasAdvisoryBoard = input.Optional("hasAdvisoryBoard", r.HasAdvisoryBoard),
            ReachWards = input.ContainsKey("reachWards") ? input.Strings("reachWards") : r.ReachWards,
            Services = input.ContainsKey("services") ? input.Strings("services") : r.Services,
            OperationalFiguresAreSynthetic = input.Optional("operationalFiguresAreSynthetic", r.OperationalFiguresAreSynthetic),
        };
    }
}
