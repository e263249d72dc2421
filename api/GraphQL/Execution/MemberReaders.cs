using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Resolvers;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.GraphQL.Execution;

/// <summary>
/// For a field declared as <c>Field(x => x.Member)</c>, or one that projects a navigation: a compiled read of that
/// member straight from the source object, so the field needs no resolve context, no resolver call and no awaiting.
/// Null for every other field.
/// </summary>
internal static class MemberReaders
{
    private const string ExpressionMember = "ORIGINAL_EXPRESSION_PROPERTY_NAME";
    private static readonly ConcurrentDictionary<(FieldType, Type), Func<object, object?>?> Readers = new(ReferencePairComparer<FieldType, Type>.Instance);

    /// <summary>The read for <paramref name="field"/> on a source of <paramref name="source"/>'s type, or null.</summary>
    public static Func<object, object?>? Of(FieldType field, object source) =>
        Readers.GetOrAdd((field, source.GetType()), key => Build(key.Item1, key.Item2));

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

    private static Func<object, object?>? Build(FieldType field, Type sourceType)
    {
        // A ProjectsNavigation field returns the navigation when it was loaded with the row (and loads it otherwise).
        var member = field.Metadata.TryGetValue(ProjectionFieldExtensions.NavigationKey, out var navigation) && navigation is string name
            ? sourceType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            : MemberOf(field);
        if (member?.DeclaringType is not { } declaring || !declaring.IsAssignableFrom(sourceType))
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(source, sourceType), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
