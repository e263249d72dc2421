using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Nodes;

public static class NodeQueries
{
    public const int MaxIds = 100;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id; null when no such object exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id this API issued.")
            .Resolve(ctx => Load(ctx, ctx.GetArgument<string>("id")));

        query.Field<ListGraphType<NodeInterface>>("nodes")
            .Description($"Fetches objects by global id, in the order given (null where none exists); at most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids this API issued.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"'ids' has {ids.Count} ids; at most {MaxIds} are fetched at once.") { Code = ErrorCodes.TooManyIds };
                }

                return new AllOf(ids.Select(id => Load(ctx, id)).ToList());
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        var (typeName, key) = GlobalId.Decode(id);
        var registry = context.RequestServices!.GetRequiredService<NodeRegistry>();
        return registry.TryLoad(context.RequestServices!, typeName, key, out var result)
            ? result
            : throw new ExecutionError($"'{id}' is not an id this API issued.") { Code = ErrorCodes.InvalidId };
    }

    /// <summary>Waits for several loads that were all queued before the first is awaited, so they share batches.</summary>
    private sealed class AllOf(List<IDataLoaderResult<object?>> results) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken).ConfigureAwait(false));
            }

            return values;
        }
    }
}
