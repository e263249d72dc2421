using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;

namespace VcsDirectory.Api.GraphQL.Introspection;

/// <summary>
/// Introspection's lists charged at a tenth of GraphQL.NET's price. GraphQL.NET multiplies what is asked under
/// <c>__schema.types</c> by the number of types, so graphql-js's full introspection query cost 48,277 of the 50,000 allowed
/// at 272 types: a few more types and GraphiQL, code generators and Apollo would be refused. A tenth keeps introspection
/// charged in proportion to what it lists (the depth rule bounds its shape). Not GraphQL.NET's schema-wide
/// <c>WithIntrospectionComplexityImpact</c>: that also charges every <c>__typename</c>, which costs nothing here.
/// </summary>
public sealed class IntrospectionCostVisitor : BaseSchemaNodeVisitor
{
    public const double Share = 0.1;

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (!type.Name.StartsWith("__", StringComparison.Ordinal) || field.GetComplexityImpactDelegate() is not { } priced)
        {
            return;
        }

        field.WithComplexityImpact(context =>
        {
            var result = priced(context);
            return new FieldComplexityResult(result.FieldImpact, Math.Max(1, result.ChildImpactMultiplier * Share));
        });
    }
}
