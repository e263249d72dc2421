using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Audit;

public sealed class AuditEntryFilter : FilterSpec<AuditEntry>
{
    public AuditEntryFilter()
        : base("AuditEntryFilterInput", "Conditions on audit entries; all given fields must hold.")
    {
        Field("actor", a => a.Actor);
        Field("action", a => a.Action);
        Field("entityType", a => a.EntityType);
        Field("entityDatabaseId", a => a.EntityId, "The changed record's databaseId.");
    }
}
