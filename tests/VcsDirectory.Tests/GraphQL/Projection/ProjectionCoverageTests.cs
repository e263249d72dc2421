using System.Linq.Expressions;
using System.Text.RegularExpressions;
using GraphQL;
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
public sealed partial class ProjectionCoverageTests(DirectoryApiFactory factory)
{
    /// <summary>
    /// GraphQL.NET records only the last member of a field's expression (x => x.Operator.Name records Name), and the
    /// projection and the execution strategy take that member as the source's own. A nested member must be resolved
    /// with Resolve(...) and say what it reads, so none may be declared as an expression.
    /// </summary>
    [Fact]
    public void No_field_is_declared_with_a_nested_member_expression()
    {
        var nested = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "api"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(l => NestedMemberField().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.path)}:{l.number}")
            .ToList();

        Assert.True(nested.Count == 0, $"Fields declared with a nested member expression: {string.Join(", ", nested)}");
    }

    [GeneratedRegex(@"Field(<[^>]*>)?\((\s*""[^""]*"",)?\s*\w+\s*=>\s*\w+(\.\w+){2,}")]
    private static partial Regex NestedMemberField();

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
                var selection = field.ResolvedType?.GetNamedType() is IComplexGraphType ? $"{field.Name} {{ __typename }}" : field.Name;
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
