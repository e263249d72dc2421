using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring;

public static class MentoringServiceCollectionExtensions
{
    public static IServiceCollection AddMentoring(this IServiceCollection services, IConfiguration configuration)
    {
        var weights = configuration.GetSection(MatchingWeights.SectionName).Get<MatchingWeights>() ?? MatchingWeights.Default;
        weights.Validate();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(weights));
        return services;
    }
}
