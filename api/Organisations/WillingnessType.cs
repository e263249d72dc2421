using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Organisations;

public sealed class WillingnessType : DirectoryObjectGraphType<Willingness>
{
    public WillingnessType()
    {
        Name = "Willingness";
        Description = "What the organisation says it is willing to do, with reasonable support over 18-24 months (the Poole programme's question).";
        Field(w => w.ToMentor).Description("Willing to mentor smaller groups.");
        Field(w => w.MaxMentees).Description("At most this many mentees at once (0 when not mentoring).");
        Field(w => w.ToLeadConsortium).Description("Willing to lead a consortium.");
        Field(w => w.ToJoinConsortium).Description("Willing to join a consortium.");
        Field(w => w.ToManageCentre).Description("Willing to manage a children's centre.");
        Field(w => w.ToAddValue).Description("Willing to add value to existing arrangements.");
    }
}
