using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class WillingnessInputType : TypedInputGraphType<Willingness>
{
    public WillingnessInputType()
    {
        Name = "WillingnessInput";
        Description = "Everything the organisation is willing to do; all fields are set at once.";
        Field<NonNullGraphType<BooleanGraphType>>("toMentor");
        Field<NonNullGraphType<IntGraphType>>("maxMentees").Description("1 to 50 when willing to mentor, else 0.");
        Field<NonNullGraphType<BooleanGraphType>>("toLeadConsortium");
        Field<NonNullGraphType<BooleanGraphType>>("toJoinConsortium");
        Field<NonNullGraphType<BooleanGraphType>>("toManageCentre");
        Field<NonNullGraphType<BooleanGraphType>>("toAddValue");
    }
}
