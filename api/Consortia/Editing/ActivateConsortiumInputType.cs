using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class ActivateConsortiumInputType : TypedInputGraphType<ConsortiumStepInput>
{
    public ActivateConsortiumInputType()
    {
        Name = "ActivateConsortiumInput";
        Description = "CVS staff accept a PROPOSED consortium.";
        this.AddStepFields();
    }
}
