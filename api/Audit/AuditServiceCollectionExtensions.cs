using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The request's audit recorder and the <c>auditTrail</c> root field.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddScoped<AuditRecorder>()
        .ExtendGraphType<QueryType>(query => query.AddAuditQueries());
}
