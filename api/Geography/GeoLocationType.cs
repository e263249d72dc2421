using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Geography;

public sealed class GeoLocationType : DirectoryObjectGraphType<GeoLocation>
{
    public GeoLocationType()
    {
        Name = "GeoLocation";
        Description = "A WGS84 position in decimal degrees.";
        Field(l => l.Latitude).Description("Degrees north (negative: south).");
        Field(l => l.Longitude).Description("Degrees east (negative: west).");
        Field(l => l.IsApproximate).Description("True when the position is only approximate (within about 1 km): good for a map, not for directions.");
    }
}
