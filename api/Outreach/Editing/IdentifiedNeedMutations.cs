using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outreach.Editing;

public static class IdentifiedNeedMutations
{
    public static void AddIdentifiedNeedMutations(this ObjectGraphType mutation) =>
        mutation.CreateAllMutation<RecordIdentifiedNeedsInputType, RecordIdentifiedNeedsInput, IdentifiedNeedType, IdentifiedNeed>(
            $"Records needs identified among families (all or none). Each position is snapped to its ~{NeedGrid.CellMetres} m grid cell before anything " +
            "is stored or audited; detection, coverage and the need map see the needs on their next read.",
            AccessPolicy.NeedRecorders, IdentifiedNeedEditing.Kind, IdentifiedNeedEdits.Record);
}
