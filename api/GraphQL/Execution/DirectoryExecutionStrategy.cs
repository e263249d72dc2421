using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace VcsDirectory.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial strategy (one DbContext per request: resolvers and loaders take turns on it), with the
/// work it repeats for every object of a list done once:
/// <list type="bullet">
/// <item>A value read straight off its parent object (<see cref="MemberReaders"/>: a scalar, an owned type, a navigation
/// loaded with the row) is set and completed in place, without a resolve context, a resolver call or an async state
/// machine; most of a directory page's result nodes are such fields. A null navigation, or a value GraphQL.NET refuses
/// to serialise, is left to the base strategy, which runs the field's resolver and reports any error as it always does.
/// A field whose resolver was replaced after its declaration (field middleware) always runs it.</item>
/// <item>The fields a selection set asks of a type (fragments expanded, <c>@skip</c>/<c>@include</c> applied,
/// repeated fields merged) are collected once per request, not once per object of the list.</item>
/// </list>
/// </summary>
public sealed class DirectoryExecutionStrategy : SerialExecutionStrategy
{
    private const string CollectedFieldsKey = "collectedFields";

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = (IGraphType?)parent.GetObjectGraphType(context.Schema) ?? parent.GraphType!;
        var selectionSet = parent.SelectionSet;
        if (selectionSet is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        // Per request: which fields are skipped may depend on its variables.
        if (!context.UserContext.TryGetValue(CollectedFieldsKey, out var known) || known is not Dictionary<(IGraphType, GraphQLSelectionSet), (GraphQLField Field, FieldType Definition)[]> collected)
        {
            context.UserContext[CollectedFieldsKey] = collected = new(ReferencePairComparer<IGraphType, GraphQLSelectionSet>.Instance);
        }

        if (!collected.TryGetValue((type, selectionSet), out var fields))
        {
            fields = [.. CollectFieldsFrom(context, type, selectionSet, null).Values];
            collected[(type, selectionSet)] = fields;
        }

        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            nodes[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        }

        parent.SubFields = nodes;
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node.Parent is ObjectExecutionNode { Result: { } source } && MemberReaders.Of(node.FieldDefinition, source) is { } read)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var result = read(source);
            try
            {
                if (node is ValueExecutionNode value)
                {
                    node.Result = value.GraphType.Serialize(result);
                    ValidateNodeResult(context, node);
                    return Task.CompletedTask;
                }
            }
            catch (InvalidOperationException)
            {
                // GraphQL.NET's word for a value its type cannot serialise, or a null where none is allowed: the base
                // strategy runs the field again and reports that as a field error, as for any other field.
                node.Result = null;
                return base.ExecuteNodeAsync(context, node);
            }

            // An object or a list read off its parent (an owned type, a navigation loaded with the row): its own
            // fields are set up as the base strategy would, which reports any fault as a field error.
            if (result is not null)
            {
                node.Result = result;
                return CompleteNodeAsync(context, node);
            }
        }

        return base.ExecuteNodeAsync(context, node);
    }
}
