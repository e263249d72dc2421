using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Records;

public sealed class ConsortiumMemberType : DirectoryObjectGraphType<ConsortiumMembership>
{
    public ConsortiumMemberType()
    {
        Name = "ConsortiumMember";
        Description = "An organisation's place in a consortium: its role, what it will deliver, and its invitation.";
        Field<NonNullGraphType<OrganisationType>>("organisation")
            .Description("The organisation.")
            .Reads(nameof(ConsortiumMembership.OrganisationId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.OrganisationId));
        Field(m => m.Role, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumRole>>)).Description("LEAD (one per consortium) or MEMBER.");
        Field(m => m.Categories).Description("The service category codes it will deliver for the centre.");
        Field(m => m.Invitation, type: typeof(NonNullGraphType<EnumerationGraphType<InvitationState>>)).Description("ACCEPTED for a member; INVITED, DECLINED or LEFT otherwise.");
        Field(m => m.InvitedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("When it was invited, or created the consortium as its lead (UTC).");
        Field(m => m.AnsweredAt, type: typeof(DateTimeGraphType)).Description("When it accepted, declined or left (UTC); null while invited.");
    }
}
