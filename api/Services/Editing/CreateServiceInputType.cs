using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class CreateServiceInputType : TypedInputGraphType<ServiceChanges>
{
    public CreateServiceInputType()
    {
        Name = "CreateServiceInput";
        Description = "A new service of an organisation.";
        Field<NonNullGraphType<IdGraphType>>("providerId").Description("The organisation delivering it.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("At most 200 characters.");
        this.AddServiceFields();
    }
}
