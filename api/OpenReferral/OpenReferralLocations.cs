using System.Text.Json.Nodes;
using VcsDirectory.Api.Centres;
using static VcsDirectory.Api.OpenReferral.OpenReferralJson;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>Children's centres as ORUK locations, and a service's delivery at one as a service_at_location.</summary>
public static class OpenReferralLocations
{
    public static JsonObject Location(ChildrensCentre c) => Members(
        ("id", OpenReferralIds.Location(c.Id)), ("location_type", "physical"), ("name", c.Name),
        ("description", $"A children's centre ({c.Status2013})."),
        ("latitude", c.Latitude is { } lat ? JsonValue.Create(lat) : null), ("longitude", c.Longitude is { } lon ? JsonValue.Create(lon) : null));

    /// <summary>The link alone, with its location; <paramref name="service"/> nests the service when the document calls for it.</summary>
    public static JsonObject ServiceAtLocation(int serviceId, ChildrensCentre centre, JsonObject? service = null) => Members(
        ("id", OpenReferralIds.ServiceAtLocation(serviceId, centre.Id)), ("service_id", OpenReferralIds.Service(serviceId)),
        ("location_id", OpenReferralIds.Location(centre.Id)), ("location", Location(centre)), ("service", service));
}
