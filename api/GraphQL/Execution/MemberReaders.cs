using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Execution;

/// <summary>
/// For a field declared as <c>Field(x => x.Member)</c>, or one that projects a navigation (<see cref="DeclaredMember"/>): a
/// compiled read of that member straight from the source object, so the field needs no resolve context, no resolver
/// call and no awaiting. Null for every other field, and for one whose resolver was replaced since (field middleware).
/// </summary>
internal static class MemberReaders
{
    private static readonly ConcurrentDictionary<(FieldType, Type), Func<object, object?>?> Readers = new(ReferencePairComparer<FieldType, Type>.Instance);

    /// <summary>The read for <paramref name="field"/> on a source of <paramref name="source"/>'s type, or null.</summary>
    public static Func<object, object?>? Of(FieldType field, object source) =>
        Readers.GetOrAdd((field, source.GetType()), key => Build(key.Item1, key.Item2));

    /// <summary>The member a field reads, as recorded where it was declared (<see cref="DeclaredMember"/>); null for any other field.</summary>
    public static MemberInfo? MemberOf(FieldType field) => DeclaredMember.Of(field);

    private static Func<object, object?>? Build(FieldType field, Type sourceType)
    {
        // A ProjectsNavigation field returns the navigation when it was loaded with the row (its resolver loads it otherwise).
        var member = DeclaredMember.Of(field);
        if (member?.DeclaringType is not { } declaring || !declaring.IsAssignableFrom(sourceType))
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(source, sourceType), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
