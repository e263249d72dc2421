using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Execution;

/// <summary>
/// For a field declared as <c>Field(x => x.Member)</c>: a compiled read of that member straight from the source
/// object, so the field needs no resolve context, no resolver call and no awaiting. Null for every other field.
/// </summary>
internal static class MemberReaders
{
    private const string ExpressionMember = "ORIGINAL_EXPRESSION_PROPERTY_NAME";
    private static readonly ConcurrentDictionary<FieldType, Func<object, object?>?> Readers = new(ReferenceEqualityComparer.Instance);

    public static Func<object, object?>? Of(FieldType field) => Readers.GetOrAdd(field, Build);

    private static Func<object, object?>? Build(FieldType field)
    {
        if (field.Resolver?.GetType() is not { IsGenericType: true } resolverType
            || resolverType.GetGenericTypeDefinition() != typeof(ExpressionFieldResolver<,>)
            || !field.Metadata.TryGetValue(ExpressionMember, out var recorded) || recorded is not string name)
        {
            return null;
        }

        // GraphQL.NET records the last member of the expression: x => x.A.B records B. Only a member of the source
        // itself, of exactly the resolver's value type, is taken as that expression; any doubt keeps the resolver.
        var (sourceType, valueType) = (resolverType.GetGenericArguments()[0], resolverType.GetGenericArguments()[1]);
        var member = sourceType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { CanRead: true } property && property.PropertyType == valueType
            ? (MemberInfo)property
            : sourceType.GetField(name, BindingFlags.Public | BindingFlags.Instance) is { } plain && plain.FieldType == valueType ? plain : null;
        if (member is null)
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(source, sourceType), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
