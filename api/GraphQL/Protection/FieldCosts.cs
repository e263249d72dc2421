using System.Collections;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// What a field costs beyond GraphQL.NET's defaults: <c>__typename</c> nothing (a constant), an introspection field 1 (its lists are not multiplied: the
/// introspection depth bound keeps them small, and the standard introspection query must stay affordable), and a
/// field with a <c>where</c> filter 1 more per node of the filter, refused beyond <see cref="RequestLimits.MaxFilterNodes"/>.
/// </summary>
internal static class FieldCosts
{
    public const string Where = "where";

    public static Func<FieldImpactContext, FieldComplexityResult> Pricing(Func<FieldImpactContext, FieldComplexityResult> fallback, RequestLimits limits) => context =>
    {
        if (context.FieldDefinition.Name == "__typename")
        {
            return new(0, 1);
        }

        if (context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return new(1, 1);
        }

        var result = fallback(context);
        if (context.Arguments?.TryGetValue(Where, out var where) != true || where.Value is null)
        {
            return result;
        }

        var nodes = Nodes(where.Value);
        if (nodes > limits.MaxFilterNodes)
        {
            context.ValidationContext.ReportError(new ValidationError(context.ValidationContext.Document.Source, ErrorCodes.InvalidArgument,
                $"The filter on '{context.FieldAst.Name.StringValue}' has {nodes} fields and operators; at most {limits.MaxFilterNodes} are allowed.", context.FieldAst)
            { Code = ErrorCodes.InvalidArgument });
        }

        return new(result.FieldImpact + nodes, result.ChildImpactMultiplier);
    };

    /// <summary>Every key of every input object in the filter, however it is nested.</summary>
    public static int Nodes(object? value) => value switch
    {
        IDictionary<string, object?> fields => fields.Count + fields.Values.Sum(Nodes),
        string => 0,
        IEnumerable items => items.Cast<object?>().Sum(Nodes),
        _ => 0,
    };
}
