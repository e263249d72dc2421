using GraphQL;
using System.Linq.Expressions;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore.Metadata;
using VcsDirectory.Api.GraphQL.Execution;

namespace VcsDirectory.Api.GraphQL.Projection;

/// <summary>
/// Builds <c>new T { Key = e.Key, Name = e.Name, … }</c> from the fields a request selects on T's graph type, so EF
/// Core reads those columns only. Null when a selected field's needs are unknown: the caller then loads whole rows.
/// </summary>
internal static class ProjectionBuilder
{
    public static (Expression Body, string Key)? Build(
        IEntityType entity, IComplexGraphType graphType, SelectedFields selected, GraphQLDocument document, Expression source)
    {
        var bindings = new SortedDictionary<string, (MemberAssignment Binding, string Key)>(StringComparer.Ordinal);
        foreach (var key in entity.FindPrimaryKey()?.Properties ?? [])
        {
            if (!TryBindMember(entity, key.Name, source, bindings))
            {
                return null;
            }
        }

        foreach (var name in selected.Names)
        {
            // A field from a fragment on another type (node { ... on Ward { … } }) is never asked of this one.
            if (name.StartsWith("__", StringComparison.Ordinal) || graphType.GetField(name) is not { } field)
            {
                continue;
            }

            if (field.Metadata.TryGetValue(ProjectionFieldExtensions.NavigationKey, out var navigation) && navigation is string member)
            {
                if (!TryBindNavigation(entity, member, field, selected.Under(name, document), document, source, bindings))
                {
                    return null;
                }
            }
            else if (field.Metadata.TryGetValue(ProjectionFieldExtensions.ReadsKey, out var reads) && reads is string[] members)
            {
                if (!members.All(m => TryBindMember(entity, m, source, bindings)))
                {
                    return null;
                }
            }
            else if (ReadMember(field) is not { } read || !TryBindMember(entity, read, source, bindings))
            {
                return null;
            }
        }

        var body = Expression.MemberInit(Expression.New(entity.ClrType), bindings.Values.Select(b => b.Binding));
        return (body, $"{{{string.Join(',', bindings.Values.Select(b => b.Key))}}}");
    }

    /// <summary>
    /// The member a field reads without saying so: the one of its <c>Field(x => x.Member)</c> expression, or its
    /// namesake when it has no resolver of its own. A field with its own resolver must say what it reads.
    /// </summary>
    private static string? ReadMember(FieldType field)
    {
        if (field.Resolver?.GetType() is { IsGenericType: true } resolver && resolver.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>))
        {
            return MemberReaders.MemberOf(field)?.Name;
        }

        return field.Resolver is null or NameFieldResolver ? char.ToUpperInvariant(field.Name[0]) + field.Name[1..] : null;
    }

    /// <summary>A mapped property, an owned type or a complex property, read as a whole.</summary>
    private static bool TryBindMember(IEntityType entity, string member, Expression source, SortedDictionary<string, (MemberAssignment Binding, string Key)> bindings)
    {
        if (bindings.ContainsKey(member))
        {
            return true;
        }

        var clrMember = entity.FindProperty(member)?.PropertyInfo
            ?? (entity.FindNavigation(member) is { IsCollection: false, TargetEntityType: var target } owned && target.IsOwned() ? owned.PropertyInfo : null)
            ?? entity.FindComplexProperty(member)?.PropertyInfo;
        if (clrMember is null || !clrMember.CanWrite)
        {
            return false;
        }

        bindings[member] = (Expression.Bind(clrMember, Expression.Property(source, clrMember)), member);
        return true;
    }

    private static bool TryBindNavigation(
        IEntityType entity, string member, FieldType field, SelectedFields selected, GraphQLDocument document, Expression source,
        SortedDictionary<string, (MemberAssignment Binding, string Key)> bindings)
    {
        if (entity.FindNavigation(member) is not { IsCollection: false, PropertyInfo: { CanWrite: true } property } navigation
            || field.ResolvedType?.GetNamedType() is not IObjectGraphType targetType)
        {
            return false;
        }

        var target = Expression.Property(source, property);
        var nested = Build(navigation.TargetEntityType, targetType, selected, document, target);
        if (nested is not { } projected)
        {
            return false;
        }

        // An optional navigation stays null rather than becoming an empty object.
        var value = navigation.IsOnDependent && navigation.ForeignKey.IsRequired
            ? projected.Body
            : Expression.Condition(Expression.Equal(target, Expression.Constant(null, target.Type)), Expression.Constant(null, target.Type), projected.Body);
        var key = $"{member}{projected.Key}";
        bindings[key] = (Expression.Bind(property, value), key);
        return true;
    }
}
