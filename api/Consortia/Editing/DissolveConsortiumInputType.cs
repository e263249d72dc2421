using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class DissolveConsortiumInputType : TypedInputGraphType<ConsortiumStepInput>
{
    public DissolveConsortiumInputType()
    {
        Name = "DissolveConsortiumInput";
        Description = "CVS staff end a consortium that is not yet dissolved.";
        this.AddStepFields();
    }
}
