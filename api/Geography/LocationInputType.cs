using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Geography;

public sealed class LocationInputType : TypedInputGraphType<LocationInput>
{
    public LocationInputType()
    {
        Name = "LocationInput";
        Description = "A WGS84 position in decimal degrees.";
        Field<NonNullGraphType<FloatGraphType>>("latitude").Description("-90 to 90.");
        Field<NonNullGraphType<FloatGraphType>>("longitude").Description("-180 to 180.");
    }
}
