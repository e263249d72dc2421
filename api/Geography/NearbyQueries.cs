using GraphQL;
using GraphQL.Builders;

namespace VcsDirectory.Api.Geography;

public static class NearbyQueries
{
    public static FieldBuilder<TSource, TReturn> WithNearArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<GeoCircleInputType>("near", "Only those with a known position within this distance of a point.");

    /// <summary>Keeps the entities within the <c>near</c> circle, when the argument is given; plain arithmetic in SQL.</summary>
    public static IQueryable<T> Near<T>(this IQueryable<T> query, IResolveFieldContext context)
        where T : ILocated
    {
        if (context.GetArgument<object?>("near") is not IDictionary<string, object?> near)
        {
            return query;
        }

        var area = GeoCircleInputType.Parse(near);
        double lat = area.Latitude, lon = area.Longitude, ky = NearbyArea.LatitudeScale, kx = area.KmPerDegreeLongitude, r2 = area.SquaredRadius;
        return query.Where(e => e.Latitude != null && e.Longitude != null &&
            ((e.Latitude!.Value - lat) * ky * ((e.Latitude!.Value - lat) * ky)) + ((e.Longitude!.Value - lon) * kx * ((e.Longitude!.Value - lon) * kx)) <= r2);
    }
}
