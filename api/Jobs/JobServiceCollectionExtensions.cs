using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>
    /// Jobs: the settings (<c>Jobs</c>, checked now), the worker that runs them on this instance, <c>job(id)</c>, the Job
    /// node and <c>cancelJob</c>. Features add their kinds with <see cref="AddJobKind{TKind}"/> and their start mutations
    /// with <see cref="JobMutations.StartJobMutation"/>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() ?? new JobOptions();
        options.Validate();
        return services
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(options))
            .AddHttpContextAccessor()
            .AddSingleton<JobSignal>()
            .AddSingleton<JobWorker>()
            .AddHostedService(services => services.GetRequiredService<JobWorker>())
            .AddScoped<JobStore>()
            .AddScoped<JobResults>()
            .AddScoped<JobCancellation>()
            .AddScoped<JobLoaders>()
            .AddNodeType<JobType, JobLoaders, Job>(l => l.ById)
            .ExtendGraphType<QueryType>(query => query.AddJobQueries())
            .ExtendGraphType<MutationType>(mutation => mutation.AddJobMutations());
    }

    /// <summary>A computation that can run as a job (one instance of it serves every run).</summary>
    public static IServiceCollection AddJobKind<TKind>(this IServiceCollection services)
        where TKind : class, IJobKind => services.AddSingleton<IJobKind, TKind>();
}
