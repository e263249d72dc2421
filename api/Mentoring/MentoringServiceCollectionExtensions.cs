using VcsDirectory.Api.Caching;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Mentoring.Plans;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring;

public static class MentoringServiceCollectionExtensions
{
    /// <summary>
    /// Mentoring: the matching weights (<c>Mentoring:Matching</c>, checked now rather than at the first suggestion), the
    /// request's matching data, the pairing services and loaders, root fields and mutations, and an organisation's mentoring fields.
    /// </summary>
    public static IServiceCollection AddMentoring(this IServiceCollection services, IConfiguration configuration)
    {
        var weights = configuration.GetSection(MatchingWeights.SectionName).Get<MatchingWeights>() ?? MatchingWeights.Default;
        weights.Validate();
        return services
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(weights))
            .AddVersionedSnapshots()
            .AddScoped<MatchingData>()
            .AddScoped<PairingService>()
            .AddScoped<PairingExclusionService>()
            .AddScoped<PairingLoaders>()
            .AddNodeType<MentoringPairingType, PairingLoaders, Pairing>(l => l.ById)
            .ExtendGraphType<QueryType>(query => query.AddMentoringQueries())
            .ExtendGraphType<MutationType>(mutation => mutation.AddPairingMutations())
            .ExtendGraphType<MutationType>(mutation => mutation.AddPlanMutations())
            .AddJobKind<MentoringPlanJob>()
            .ExtendGraphType<MutationType>(mutation => mutation.AddPlanJobMutations())
            .ExtendGraphType<JobType>(job => job.AddMentoringPlanResult())
            .ExtendGraphType<OrganisationType>(organisation => organisation.AddMentoringFields());
    }
}
