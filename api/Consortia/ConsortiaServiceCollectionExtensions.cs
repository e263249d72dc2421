using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Editing;
using VcsDirectory.Api.Consortia.Options;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Consortia.SupportPlans;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia;

public static class ConsortiaServiceCollectionExtensions
{
    /// <summary>
    /// Consortia: what each readiness aim requires (Consortia:Readiness, its shape checked now, its codes once the
    /// database is ready), consortium records with their lifecycle, the builder and the borough plan, support plans (a
    /// step done when its pairing completes, through the kernel's edit hook), readiness and its forecast.
    /// </summary>
    public static IServiceCollection AddConsortia(this IServiceCollection services, IConfiguration configuration)
    {
        var requirements = configuration.GetSection(ReadinessRequirements.SectionName).Get<ReadinessRequirements>() ?? ReadinessRequirements.Default;
        requirements.Validate();
        return services
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(requirements))
            .AddSingleton<IDatabaseReadyCheck, ReadinessAreasCheck>()
            .AddScoped<ConsortiumLoaders>()
            .AddScoped<ConsortiumData>()
            .AddScoped<SupportPlanLoaders>()
            .AddScoped<IEditObserver<Pairing>, PairingCompletionObserver>()
            .AddNodeType<SupportPlanType, SupportPlanLoaders, SupportPlan>(l => l.ById)
            .ExtendGraphType<QueryType>(query => query.AddReadinessForecastQueries())
            .ExtendGraphType<MutationType>(mutation => mutation.AddSupportPlanMutations())
            .ExtendGraphType<OrganisationType>(organisation => organisation.AddReadinessFields())
            .AddNodeType<ConsortiumType, ConsortiumLoaders, Consortium>(l => l.ById)
            .ExtendGraphType<QueryType>(query => query.AddConsortiumQueries())
            .ExtendGraphType<QueryType>(query => query.AddConsortiumOptionQueries())
            .ExtendGraphType<MutationType>(mutation => mutation.AddConsortiumMutations())
            .ExtendGraphType<MutationType>(mutation => mutation.AddConsortiumPlanMutations())
            .AddJobKind<ConsortiumPlanJob>()
            .ExtendGraphType<MutationType>(mutation => mutation.AddConsortiumPlanJobMutations())
            .ExtendGraphType<JobType>(job => job.AddConsortiumPlanResult())
            .ExtendGraphType<ChildrensCentreType>(centre => centre.AddConsortiaField())
            .ExtendGraphType<OrganisationType>(organisation => organisation.AddConsortiaField());
    }
}
