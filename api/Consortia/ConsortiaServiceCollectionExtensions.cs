using VcsDirectory.Api.Consortia.Readiness;

namespace VcsDirectory.Api.Consortia;

public static class ConsortiaServiceCollectionExtensions
{
    /// <summary>Binds and checks what each readiness aim requires (Consortia:Readiness), so a malformed list fails at start-up.</summary>
    public static IServiceCollection AddConsortia(this IServiceCollection services, IConfiguration configuration)
    {
        var requirements = configuration.GetSection(ReadinessRequirements.SectionName).Get<ReadinessRequirements>() ?? ReadinessRequirements.Default;
        requirements.Validate();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(requirements));
        return services;
    }
}
