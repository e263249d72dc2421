using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class SubmitConsortiumInputType : TypedInputGraphType<ConsortiumStepInput>
{
    public SubmitConsortiumInputType()
    {
        Name = "SubmitConsortiumInput";
        Description = "The lead submits a FORMING consortium to CVS staff.";
        this.AddStepFields();
    }
}
