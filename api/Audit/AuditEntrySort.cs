using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Audit;

public sealed class AuditEntrySort : SortSpec<AuditEntry>
{
    public AuditEntrySort()
        : base("AuditEntrySortInput", a => a.Id)
    {
        Field("at", a => a.At);
        Field("actor", a => a.Actor);
    }
}
