using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Outreach.Mapping;

namespace VcsDirectory.Api.Outreach.NeedMap;

public static class NeedMapServiceCollectionExtensions
{
    /// <summary>The request's need-map data and its map layers, and the documents the layers' files are served from.</summary>
    public static IServiceCollection AddNeedMap(this IServiceCollection services)
    {
        services.AddScoped<NeedMapData>();
        services.AddScoped<MapLayers>();
        services.AddRevalidatedDocuments();
        return services;
    }
}
