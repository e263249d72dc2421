using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Execution;

namespace VcsDirectory.Api.GraphQL.Projection;

/// <summary>
/// Tells the projection which entity members a field's resolver reads, where its name alone does not: a field named
/// after a mapped property (or owned type) reads that property; any other field must say, or the whole row is loaded.
/// </summary>
public static class ProjectionFieldExtensions
{
    internal const string ReadsKey = "projection:reads";
    internal const string NavigationKey = "projection:navigation";

    /// <summary>The resolver reads these members of the source entity (its key is always read).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Reads(members);
        return field;
    }

    /// <summary>The resolver reads only the source's key (a relation loaded by the parent's id, say).</summary>
    public static FieldBuilder<TSource, TReturn> ReadsKeyOnly<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field.Reads();

    public static FieldType Reads(this FieldType field, params string[] members)
    {
        field.Metadata[ReadsKey] = members;
        return field;
    }

    /// <summary>
    /// The field is the source's reference navigation <paramref name="navigation"/> when it was loaded with the row, and
    /// <paramref name="otherwise"/> when not: the projection loads it in the same query, with only the columns its own
    /// selection needs.
    /// </summary>
    public static FieldBuilder<TSource, object> ProjectsNavigation<TSource, TNavigation>(
        this FieldBuilder<TSource, object> field, Expression<Func<TSource, TNavigation?>> navigation, Func<IResolveFieldContext<TSource>, object?> otherwise)
        where TNavigation : class
    {
        var read = navigation.Compile();
        field.Resolve(ctx => read(ctx.Source) ?? otherwise(ctx));
        field.FieldType.Metadata[NavigationKey] = ((MemberExpression)navigation.Body).Member.Name;
        DeclaredMember.Record(field.FieldType, navigation);
        return field;
    }
}
