using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VcsDirectory.Api.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>Documents revalidated by data fingerprint; every feature serving one calls this (it adds the services once).</summary>
    public static IServiceCollection AddRevalidatedDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton<RevalidatedDocuments>();
        return services;
    }

    /// <summary>Snapshots keyed by the data version; every feature using one calls this (it adds the service once).</summary>
    public static IServiceCollection AddVersionedSnapshots(this IServiceCollection services)
    {
        services.TryAddSingleton<VersionedSnapshots>();
        return services;
    }
}
