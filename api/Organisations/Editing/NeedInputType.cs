using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class NeedInputType : TypedInputGraphType<AreaInput>
{
    public NeedInputType()
    {
        Name = "NeedInput";
        Description = "A need: an area by code and how pressing it is.";
        Field<NonNullGraphType<StringGraphType>>("area").Description("A capacity area code, e.g. SAFEGUARDING.");
        Field<NonNullGraphType<IntGraphType>>("priority").Description("1: would help; 2: important; 3: urgent.");
        Field<StringGraphType>("note").Description("At most 500 characters.");
    }
}
