using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>The fields every consortium step's input starts with.</summary>
internal static class ConsortiumStepInputTypes
{
    public static void AddStepFields(this InputObjectGraphType<ConsortiumStepInput> input)
    {
        input.Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the consortium.");
        input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
    }

    public static void AddOrganisationField(this InputObjectGraphType<ConsortiumStepInput> input, string description) =>
        input.Field<NonNullGraphType<IdGraphType>>("organisationId").Description(description);
}
