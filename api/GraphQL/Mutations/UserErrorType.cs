using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.GraphQL.Mutations;

public sealed class UserErrorType : DirectoryObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation refused its input. Nothing was written when a payload carries user errors.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("field")
            .Description("The path to the input field at fault, e.g. [\"input\", \"capacities\", \"0\", \"strength\"].")
            .Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<UserErrorCodeType>>("code").Resolve(ctx => ctx.Source.Code).Description("What kind of refusal this is, for code to act on.");
        Field(e => e.Message).Description("A sentence for the person who typed the input.");
    }
}
