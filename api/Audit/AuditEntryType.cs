using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Audit;

public sealed class AuditEntryType : DirectoryObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change to the directory: who, when, through which mutation, and the values before and after.";
        // Not a Node: node(id) must not become a way round the staff-only audit trail.
        Field("databaseId", a => a.Id).Description("The entry's sequence number.");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When it was saved (UTC).").Reads(nameof(AuditEntry.At)).Resolve(ctx => DateTime.SpecifyKind(ctx.Source.At, DateTimeKind.Utc));
        Field(a => a.Actor).Description("The token's subject of whoever made the change.");
        Field(a => a.Action).Description("The mutation that made it.");
        Field(a => a.EntityType).Description("The type of the record changed.");
        Field<NonNullGraphType<IdGraphType>>("entityId")
            .Description("The global id of the record changed.")
            .Reads(nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId))
            .Resolve(ctx => GlobalId.Encode(ctx.Source.EntityType, ctx.Source.EntityId));
        Field(a => a.Changes).Description("JSON: each table row written, with each changed column's [old, new] value.");
    }
}
