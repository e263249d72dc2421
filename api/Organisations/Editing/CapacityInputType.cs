using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class CapacityInputType : TypedInputGraphType<AreaInput>
{
    public CapacityInputType()
    {
        Name = "CapacityInput";
        Description = "A capacity: an area by code and how strong the organisation is in it.";
        Field<NonNullGraphType<StringGraphType>>("area").Description("A capacity area code, e.g. GOVERNANCE.");
        Field<NonNullGraphType<IntGraphType>>("strength").Description("1: some experience; 2: solid practice; 3: strong enough to teach it.");
        Field<StringGraphType>("note").Description("At most 500 characters.");
    }
}
