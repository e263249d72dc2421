using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class CreateConsortiumInputType : TypedInputGraphType<CreateConsortiumInput>
{
    public CreateConsortiumInputType()
    {
        Name = "CreateConsortiumInput";
        Description = "A new consortium, FORMING, with its lead as its first member.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("1 to 200 characters.");
        Field<NonNullGraphType<EnumerationGraphType<ConsortiumKind>>>("kind").Description("COMMUNITY or LEAD_PARTNER.");
        Field<NonNullGraphType<EnumerationGraphType<ConsortiumPurpose>>>("purpose").Description("What it is for.");
        Field<NonNullGraphType<IdGraphType>>("centreId").Description("The children's centre it is for.");
        Field<NonNullGraphType<IdGraphType>>("leadId").Description("The organisation that will lead it: non-archived and willing to lead.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Service category codes the lead will deliver (EARLY_YEARS…).");
    }
}
