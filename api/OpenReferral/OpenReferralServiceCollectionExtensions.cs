using VcsDirectory.Api.Caching;

namespace VcsDirectory.Api.OpenReferral;

public static class OpenReferralServiceCollectionExtensions
{
    /// <summary>Open Referral UK: the reader its endpoints share and the revalidated documents its whole lists are.</summary>
    public static IServiceCollection AddOpenReferral(this IServiceCollection services) => services
        .AddRevalidatedDocuments()
        .AddScoped<OpenReferralReader>();
}
