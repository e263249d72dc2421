using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class UpdateServiceInputType : TypedInputGraphType<ServiceChanges>
{
    public UpdateServiceInputType()
    {
        Name = "UpdateServiceInput";
        Description = "Changes to a service: an omitted field is left as it is; null clears an optional one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the service to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<StringGraphType>("name").Description("At most 200 characters; omitted: unchanged.");
        this.AddServiceFields();
    }
}
