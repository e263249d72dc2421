using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL;

[Collection(SeededApi.Name)]
public sealed class SchemaContractTests(DirectoryApiFactory factory)
{
    [Fact]
    public void The_printed_schema_equals_the_committed_contract()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(RepositoryPaths.Schema, printed);
        }

        var committed = File.Exists(RepositoryPaths.Schema) ? File.ReadAllText(RepositoryPaths.Schema).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == printed,
            "The schema differs from schema/schema.graphql. If the change is intended, run " +
            "`UPDATE_SCHEMA=1 dotnet test --filter The_printed_schema_equals_the_committed_contract` and review the diff of schema/schema.graphql.");
    }
}
