using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>Every mutation decides who may before it reads, decodes or validates anything: not one SQL statement for a caller it refuses.</summary>
[Collection(SeededApi.Name)]
public sealed class WhoMayFirstTests(DirectoryApiFactory factory)
{
    public static TheoryData<string> Mutations => new(SchemaInputs.Committed.RootFields.Where(f => f.Operation == "mutation").Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task An_anonymous_caller_with_invalid_input_is_UNAUTHENTICATED_before_any_SQL(string mutation)
    {
        var field = SchemaInputs.Committed.RootFields.Single(f => f.Operation == "mutation" && f.Name == mutation);
        // Created first: the first client starts the shared server, whose seeding is not this request's SQL.
        var client = factory.CreateClient();
        factory.SqlStatements.Reset();

        var response = await client.PostGraphQLAsync(SchemaInputs.Committed.Operation(field), SchemaInputs.Committed.Variables(field));

        Assert.True(response.ErrorCodes.SequenceEqual(["UNAUTHENTICATED"]), response.ToString());
        Assert.Equal(0, factory.SqlStatements.Count);
    }

    [Theory]
    [InlineData("updateOutreachCluster")]
    [InlineData("createOrganisation")]
    [InlineData("createChildrensCentre")]
    [InlineData("commitMentoringPlan")]
    [InlineData("recordIdentifiedNeeds")]
    public async Task A_coordinator_calling_a_staff_only_mutation_is_FORBIDDEN_before_any_SQL(string mutation)
    {
        var field = SchemaInputs.Committed.RootFields.Single(f => f.Operation == "mutation" && f.Name == mutation);
        var client = factory.CreateClient().WithToken(TestTokens.CoordinatorOf(1));
        factory.SqlStatements.Reset();

        var response = await client.PostGraphQLAsync(SchemaInputs.Committed.Operation(field), SchemaInputs.Committed.Variables(field));

        Assert.True(response.ErrorCodes.SequenceEqual(["FORBIDDEN"]), response.ToString());
        Assert.Equal(0, factory.SqlStatements.Count);
    }
}
