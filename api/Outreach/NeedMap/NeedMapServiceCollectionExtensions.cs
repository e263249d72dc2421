namespace VcsDirectory.Api.Outreach.NeedMap;

public static class NeedMapServiceCollectionExtensions
{
    /// <summary>The request's need-map data.</summary>
    public static IServiceCollection AddNeedMap(this IServiceCollection services)
    {
        services.AddScoped<NeedMapData>();
        return services;
    }
}
