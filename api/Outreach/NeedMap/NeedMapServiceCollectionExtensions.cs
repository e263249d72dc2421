using VcsDirectory.Api.Outreach.Mapping;

namespace VcsDirectory.Api.Outreach.NeedMap;

public static class NeedMapServiceCollectionExtensions
{
    /// <summary>The request's need-map data and its map layers.</summary>
    public static IServiceCollection AddNeedMap(this IServiceCollection services)
    {
        services.AddScoped<NeedMapData>();
        services.AddScoped<MapLayers>();
        return services;
    }
}
