using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>From cluster mutation inputs to import-format records; the centre is named by id in the API, by name in the record.</summary>
internal static class OutreachClusterInputs
{
    public static OutreachClusterRecord Changed(OutreachClusterRecord r, IDictionary<string, object?> input, IReadOnlyDictionary<int, string> centreNames)
    {
        var (latitude, longitude) = input.Location("centroid", (r.CentroidLatitude, r.CentroidLongitude));
        var centre = r.ChildrensCentre;
        if (input.TryGetValue("childrensCentreId", out var value))
        {
            // An id of no centre becomes a name no centre has, which the rules report as an unknown reference.
            centre = value is string id ? centreNames.GetValueOrDefault(GlobalId.DecodeFor<ChildrensCentreType>(id, "input.childrensCentreId"), $"#{id}") : null;
        }

        return r with
        {
            Name = input.Optional("name", r.Name) ?? "",
            Description = input.Optional("description", r.Description),
            CentroidLatitude = latitude ?? double.NaN,
            CentroidLongitude = longitude ?? double.NaN,
            ChildrensCentre = centre,
            OutreachSite = input.Optional("outreachSite", r.OutreachSite),
            Wards = input.ContainsKey("wards") ? input.Strings("wards") : r.Wards,
            IsSynthetic = input.Optional("isSynthetic", r.IsSynthetic),
        };
    }
}
