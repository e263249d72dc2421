using GraphQL.Types;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class LeaveConsortiumPayloadType : ObjectGraphType<Payload<ConsortiumDeparture>>
{
    public LeaveConsortiumPayloadType()
    {
        Name = "LeaveConsortiumPayload";
        Description = "The consortium after a member left, what it no longer covers, or the user errors and nothing written.";
        Field<ConsortiumType>("consortium").Description("The consortium after the departure; null when the input was refused.")
            .Resolve(ctx => ctx.Source.Result?.Consortium);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("uncoveredCategories")
            .Description("The service category codes the leaver promised that no remaining member promises: allowed, but someone must now deliver them. Null when refused.")
            .Resolve(ctx => ctx.Source.Result?.UncoveredCategories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Empty on success.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
