using GraphQL;
using GraphQL.Builders;

namespace VcsDirectory.Api.Geography;

public static class NearbyQueries
{
    public static FieldBuilder<TSource, TReturn> WithNearArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<GeoCircleInputType>("near", "Only those with a known position within this distance of a point.");

    /// <summary>The <c>near</c> argument's circle; null when it is not given.</summary>
    public static NearbyArea? NearArea(this IResolveFieldContext context) =>
        context.GetArgument<object?>("near") is IDictionary<string, object?> near ? GeoCircleInputType.Parse(near) : null;

    /// <summary>Keeps the entities within the <c>near</c> circle, when the argument is given.</summary>
    public static IQueryable<T> Near<T>(this IQueryable<T> query, IResolveFieldContext context)
        where T : ILocated =>
        context.NearArea() is { } area ? query.Within(area) : query;

    /// <summary>Keeps the entities with a known position inside the circle; plain arithmetic in SQL.</summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> query, NearbyArea area)
        where T : ILocated
    {
        double lat = area.Latitude, lon = area.Longitude, ky = NearbyArea.LatitudeScale, kx = area.KmPerDegreeLongitude, r2 = area.SquaredRadius;
        return query.Where(e => e.Latitude != null && e.Longitude != null &&
            ((e.Latitude!.Value - lat) * ky * ((e.Latitude!.Value - lat) * ky)) + ((e.Longitude!.Value - lon) * kx * ((e.Longitude!.Value - lon) * kx)) <= r2);
    }
}
