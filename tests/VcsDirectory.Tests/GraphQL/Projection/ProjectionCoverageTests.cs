using System.Linq.Expressions;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Projection;

/// <summary>
/// Every field of a type backed by a table says what it reads (or reads its namesake): a field that does not makes
/// every list that selects it load whole rows. A new field fails here, named, until it says.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class ProjectionCoverageTests(DirectoryApiFactory factory)
{
    [Fact]
    public void Every_field_of_a_table_backed_type_can_be_projected()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();
        using var scope = factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Model;

        var unprojectable = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            if (SourceType(type) is not { } sourceType || model.FindEntityType(sourceType) is not { } entity || entity.IsOwned())
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                // The field alone, as a list's nodes would ask it: { wrapper { field } }, taken under the wrapper.
                var selection = ProjectionBuilder.Unwrap(field.ResolvedType) is IComplexGraphType ? $"{field.Name} {{ __typename }}" : field.Name;
                var document = Parser.Parse($"{{ wrapper {{ {selection} }} }}");
                var wrapper = (GraphQLField)document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections[0];
                if (ProjectionBuilder.Build(entity, type, SelectedFields.Of([wrapper], document), document, Expression.Parameter(sourceType)) is null)
                {
                    unprojectable.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        Assert.True(unprojectable.Count == 0, $"These fields do not say what they read (Reads, ReadsKeyOnly or ProjectsNavigation): {string.Join(", ", unprojectable)}");
    }

    private static Type? SourceType(IObjectGraphType type)
    {
        for (var t = type.GetType(); t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
