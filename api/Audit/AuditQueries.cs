using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Audit;

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.RootConnection<AuditEntryType, AuditEntry, AuditEntryFilter, AuditEntrySort>(
            "auditTrail", "Every change made through the API, oldest first unless ordered. Requires: CVS staff.",
            ctx =>
            {
                AccessPolicy.DemandStaff(DirectoryCaller.From(ctx.User));
                return ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().AuditEntries;
            });
}
