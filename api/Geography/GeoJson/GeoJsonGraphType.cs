using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VcsDirectory.Api.Geography.GeoJson;

/// <summary>
/// An RFC 7946 GeoJSON object served as JSON inside the GraphQL answer, not as a string, so a map library can take
/// it as it is. Output only: the API never reads GeoJSON from a client.
/// </summary>
public sealed class GeoJsonGraphType : ScalarGraphType
{
    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description =
            "A GeoJSON object (RFC 7946, https://datatracker.ietf.org/doc/html/rfc7946), served as a JSON object, not a string: " +
            "a FeatureCollection or a geometry. Coordinates are WGS84 degrees, longitude first; exterior rings run counter-clockwise " +
            "and holes clockwise; there is no `crs` member. Output only.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement element => element,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value, "GeoJSON is an output type only.");
}
