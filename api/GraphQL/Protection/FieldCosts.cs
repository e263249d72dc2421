using System.Collections;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// What a field costs beyond GraphQL.NET's defaults: <c>__typename</c> nothing (a constant), an introspection field 1
/// (GraphQL.NET multiplies <c>__schema.types</c> by the number of types; <see cref="Introspection.IntrospectionCostVisitor"/> charges that at a tenth so the
/// standard introspection query stays affordable as the schema grows, and the depth rule bounds its shape), and a
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
        if (Computations.PriceOf(context.FieldDefinition) is { } price)
        {
            result = new(Charged(context, price, limits), result.ChildImpactMultiplier);
        }

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

    /// <summary>
    /// A computation's price, the first time a request asks for it; nothing for the same root call again (it is
    /// computed once). Each distinct call counts towards <see cref="RequestLimits.MaxComputations"/>.
    /// </summary>
    private static double Charged(FieldImpactContext context, double price, RequestLimits limits)
    {
        var userContext = context.ValidationContext.UserContext;
        if (!userContext.TryGetValue(Computations.PriceKey, out var value) || value is not HashSet<string> asked)
        {
            userContext[Computations.PriceKey] = asked = [];
        }

        var isRoot = context.Parent is null;
        var key = Computations.Key(context.FieldDefinition.Name, context.Arguments) + (isRoot ? "" : "\n" + context.FieldAst.Location.Start);
        if (!asked.Add(key))
        {
            return 0;
        }

        if (asked.Count == limits.MaxComputations + 1)
        {
            context.ValidationContext.ReportError(new ValidationError(context.ValidationContext.Document.Source, "MAX_COMPUTATIONS",
                $"The operation asks for more than {limits.MaxComputations} distinct computations (clusters, suggestions, plans); ask for fewer, or in separate requests.", context.FieldAst)
            { Code = "MAX_COMPUTATIONS" });
        }

        return price;
    }

    /// <summary>Every key of every input object in the filter, however it is nested.</summary>
    public static int Nodes(object? value) => value switch
    {
        IDictionary<string, object?> fields => fields.Count + fields.Values.Sum(Nodes),
        string => 0,
        IEnumerable items => items.Cast<object?>().Sum(Nodes),
        _ => 0,
    };
}
