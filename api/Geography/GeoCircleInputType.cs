using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Geography;

public sealed class GeoCircleInputType : InputObjectGraphType
{
    public const double MaxWithinKm = 100;

    public GeoCircleInputType()
    {
        Name = "GeoCircleInput";
        Description = "A circle on the ground: a point (WGS84 degrees) and a radius in kilometres.";
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude of the centre, -90 to 90.");
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude of the centre, -180 to 180.");
        Field<NonNullGraphType<FloatGraphType>>("withinKm").Description($"Radius in kilometres, more than 0 and at most {MaxWithinKm}.");
    }

    public static NearbyArea Parse(IDictionary<string, object?> input)
    {
        var lat = System.Convert.ToDouble(input["lat"], System.Globalization.CultureInfo.InvariantCulture);
        var lon = System.Convert.ToDouble(input["lon"], System.Globalization.CultureInfo.InvariantCulture);
        var within = System.Convert.ToDouble(input["withinKm"], System.Globalization.CultureInfo.InvariantCulture);
        if (!GeoPoint.IsValid(lat, lon))
        {
            throw new ExecutionError("'near' needs lat within ±90 and lon within ±180.") { Code = ErrorCodes.InvalidArgument };
        }

        if (within is <= 0 or > MaxWithinKm || double.IsNaN(within))
        {
            throw new ExecutionError($"'near.withinKm' must be more than 0 and at most {MaxWithinKm}.") { Code = ErrorCodes.InvalidArgument };
        }

        return new NearbyArea(lat, lon, within);
    }
}
