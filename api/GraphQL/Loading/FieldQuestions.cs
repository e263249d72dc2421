using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// Per request: what each field of the document asks (its arguments and selection, worked out into a query), kept
/// by the field's syntax node so the fifty parents on a page resolving it share one answer. It lives in the request's
/// user context, which a dictionary lookup reaches faster than the service provider.
/// </summary>
public sealed class FieldQuestions
{
    private const string Key = "fieldQuestions";

    private readonly Lock _gate = new();
    private readonly Dictionary<(GraphQLField, FieldType), object> _byField = new(ReferencePairComparer<GraphQLField, FieldType>.Instance);

    public static FieldQuestions Of(IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(Key, out var known) && known is FieldQuestions questions)
        {
            return questions;
        }

        questions = new FieldQuestions();
        context.UserContext[Key] = questions;
        return questions;
    }

    /// <summary>By syntax node and field definition: a node in a fragment on an interface resolves on several types.</summary>
    public T GetOrAdd<T>(GraphQLField field, FieldType definition, Func<T> create)
        where T : class
    {
        lock (_gate)
        {
            if (_byField.TryGetValue((field, definition), out var known) && known is T typed)
            {
                return typed;
            }

            var created = create();
            _byField[(field, definition)] = created;
            return created;
        }
    }
}
