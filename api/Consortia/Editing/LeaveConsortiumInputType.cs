using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class LeaveConsortiumInputType : TypedInputGraphType<ConsortiumStepInput>
{
    public LeaveConsortiumInputType()
    {
        Name = "LeaveConsortiumInput";
        Description = "A member leaves the consortium; the lead cannot.";
        this.AddStepFields();
        this.AddOrganisationField("The member leaving.");
    }
}
