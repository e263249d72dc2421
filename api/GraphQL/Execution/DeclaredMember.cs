using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Execution;

/// <summary>
/// The member of the source a field reads, recorded where the field is declared (<c>Field(x => x.Member)</c> on a
/// <see cref="DirectoryObjectGraphType{TSource}"/>, or <c>ProjectsNavigation(x => x.Navigation, …)</c>), with the resolver
/// it was declared with: once anything replaces that resolver (a later <c>Resolve</c>, GraphQL.NET's field middleware),
/// the record no longer speaks for the field.
/// </summary>
public sealed record DeclaredMember(MemberInfo Member, IFieldResolver? Resolver)
{
    private const string Key = "vcsdirectory:declaredMember";

    /// <summary>Records <paramref name="read"/> when it is a plain member of the source (x => x.A, not x => x.A.B).</summary>
    public static void Record(FieldType field, LambdaExpression read)
    {
        if (read.Body is MemberExpression { Member: PropertyInfo or FieldInfo } access && access.Expression == read.Parameters[0])
        {
            field.Metadata[Key] = new DeclaredMember(access.Member, field.Resolver);
        }
    }

    /// <summary>The member the field reads, while it still runs the resolver it was declared with; else null.</summary>
    public static MemberInfo? Of(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var value) && value is DeclaredMember declared && ReferenceEquals(declared.Resolver, field.Resolver)
            ? declared.Member
            : null;
}
