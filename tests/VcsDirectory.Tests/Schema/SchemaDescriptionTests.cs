using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Schema;

/// <remarks>
/// Walks the schema the server really serves. Introspection types (<c>__*</c>) are the library's, and the
/// specified scalars (String, Int, Float, Boolean, ID) are defined by the GraphQL specification itself, so neither is counted.
/// </remarks>
[Collection(SeededApi.Name)]
public sealed class SchemaDescriptionTests(DirectoryApiFactory factory)
{
    private static readonly HashSet<string> SpecifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public void Every_public_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();

        var missing = Undescribed(schema).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} schema elements have no description:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<string> Undescribed(DirectorySchema schema)
    {
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !SpecifiedScalars.Contains(t.Name)))
        {
            if (IsBlank(type.Description)) yield return $"type {type.Name}";
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (IsBlank(field.Description)) yield return $"field {type.Name}.{field.Name}";
                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (IsBlank(argument.Description)) yield return $"argument {type.Name}.{field.Name}({argument.Name})";
                    }
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    if (IsBlank(value.Description)) yield return $"enum value {type.Name}.{value.Name}";
                }
            }
        }
    }

    private static bool IsBlank(string? description) => string.IsNullOrWhiteSpace(description);
}
