using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// Fields that compute over the whole directory (clustering, matching, planning). Each declares its price where it is
/// declared: the request is charged it (times its parents, as any field), at most
/// <see cref="RequestLimits.MaxComputations"/> distinct ones may run in one request, and the same computation
/// asked twice in a request (fifteen aliases, say) is computed once and charged once.
/// </summary>
public static class Computations
{
    public const string PriceKey = "computationPrice";

    /// <summary>Call after the resolver is set: it is wrapped so that one request computes each distinct call once.</summary>
    public static FieldBuilder<TSource, TReturn> PricedComputation<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, double price)
    {
        builder.FieldType.WithMetadata(PriceKey, price);
        var inner = builder.FieldType.Resolver ?? throw new InvalidOperationException($"Set the resolver of '{builder.FieldType.Name}' before its price.");
        builder.FieldType.Resolver = new FuncFieldResolver<object?>(context => context.Source is null
            ? context.RequestServices!.GetRequiredService<Memo>().GetOrAdd(Key(context.FieldDefinition.Name, context.Arguments), () => inner.ResolveAsync(context))
            : inner.ResolveAsync(context));
        return builder;
    }

    public static double? PriceOf(FieldType field) => field.GetMetadata<double?>(PriceKey);

    /// <summary>Which call of a root field this is: the field and its arguments' values (a nested field's calls differ by parent and are not shared).</summary>
    internal static string Key(string field, IDictionary<string, ArgumentValue>? arguments) =>
        field + "\n" + JsonSerializer.Serialize(arguments?.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value.Value) ?? []);

    /// <summary>One request's computations (scoped): nothing is kept beyond the request, so no write can make it stale.</summary>
    internal sealed class Memo
    {
        private readonly ConcurrentDictionary<string, Lazy<ValueTask<object?>>> _results = new();

        public ValueTask<object?> GetOrAdd(string key, Func<ValueTask<object?>> compute) =>
            _results.GetOrAdd(key, _ => new Lazy<ValueTask<object?>>(() => Preserve(compute()))).Value;

        // A ValueTask may be awaited once only; each caller gets a fresh one over the same task.
        private static ValueTask<object?> Preserve(ValueTask<object?> task) => new(task.AsTask());
    }
}
