using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class WillingnessInputType : TypedInputGraphType<Willingness>
{
    public WillingnessInputType()
    {
        Name = "WillingnessInput";
        Description = "Everything the organisation is willing to do; all fields are set at once.";
        Field<NonNullGraphType<BooleanGraphType>>("toMentor").Description("Willing to mentor another organisation.");
        Field<NonNullGraphType<IntGraphType>>("maxMentees").Description("1 to 50 when willing to mentor, else 0.");
        Field<NonNullGraphType<BooleanGraphType>>("toLeadConsortium").Description("Willing to lead a consortium.");
        Field<NonNullGraphType<BooleanGraphType>>("toJoinConsortium").Description("Willing to join a consortium as a member.");
        Field<NonNullGraphType<BooleanGraphType>>("toManageCentre").Description("Willing to run a children's centre.");
        Field<NonNullGraphType<BooleanGraphType>>("toAddValue").Description("Willing to add value to a centre's offer without running it.");
    }
}
