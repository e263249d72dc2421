using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outreach.Editing;

public sealed class RecordIdentifiedNeedsInputType : TypedInputGraphType<RecordIdentifiedNeedsInput>
{
    public RecordIdentifiedNeedsInputType()
    {
        Name = "RecordIdentifiedNeedsInput";
        Description = "Needs recorded together: all are kept, or none when any is refused.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifiedNeedInputType>>>>("needs")
            .Description($"1 to {IdentifiedNeedEdits.MaxNeedsPerCall} needs.");
    }
}
