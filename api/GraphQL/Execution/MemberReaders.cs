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

    /// <summary>
    /// The source's member a <c>Field(x => x.Member)</c> field reads. GraphQL.NET records the last member of the
    /// expression (x => x.A.B records B; a nested expression is refused by a test), so only a member of the source
    /// itself, of exactly the resolver's value type, is taken; any doubt leaves the field to its resolver.
    /// </summary>
    public static MemberInfo? MemberOf(FieldType field)
    {
        if (field.Resolver?.GetType() is not { IsGenericType: true } resolverType
            || resolverType.GetGenericTypeDefinition() != typeof(ExpressionFieldResolver<,>)
            || !field.Metadata.TryGetValue(ExpressionMember, out var recorded) || recorded is not string name)
        {
            return null;
        }

        var (sourceType, valueType) = (resolverType.GetGenericArguments()[0], resolverType.GetGenericArguments()[1]);
        return sourceType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { CanRead: true } property && property.PropertyType == valueType
            ? property
            : sourceType.GetField(name, BindingFlags.Public | BindingFlags.Instance) is { } plain && plain.FieldType == valueType ? plain : null;
    }

    private static Func<object, object?>? Build(FieldType field)
    {
        if (MemberOf(field) is not { DeclaringType: not null } member)
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var sourceType = field.Resolver!.GetType().GetGenericArguments()[0];
        var read = Expression.MakeMemberAccess(Expression.Convert(source, sourceType), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
