using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.GraphQL.Projection;

/// <summary>Projections from the current field's selection: on its own type, or on a connection's nodes.</summary>
public static class Projections
{
    /// <summary>
    /// What the current field's selection needs of each <typeparamref name="T"/> it returns (through <c>nodes</c> and
    /// <c>edges.node</c> for a connection), or null when projection is off or a selected field's needs are unknown.
    /// </summary>
    public static Projection<T>? For<T>(IResolveFieldContext context)
        where T : class
    {
        var services = context.RequestServices!;
        if (!services.GetRequiredService<ProjectionSettings>().Enabled
            || services.GetRequiredService<DirectoryDbContext>().Model.FindEntityType(typeof(T)) is not { } entity)
        {
            return null;
        }

        var document = context.Document;
        var selected = SelectedFields.Of([context.FieldAst], document);
        var type = context.FieldDefinition.ResolvedType?.GetNamedType() as IComplexGraphType;
        if (type?.GetField("nodes") is { } nodes && type.GetField("edges") is not null)
        {
            // A connection: the node type, and what nodes { … } and edges { node { … } } ask of it together.
            var fromNodes = selected.Under("nodes", document);
            var fromEdges = selected.Under("edges", document).Under("node", document);
            selected = SelectedFields.Union(fromNodes, fromEdges);
            type = nodes.ResolvedType?.GetNamedType() as IComplexGraphType;
        }

        // Only an object type knows every field that will be asked: under an interface, fragments on each implementation
        // would ask fields the interface does not have.
        var parameter = Expression.Parameter(typeof(T), "row");
        return type is IObjectGraphType && ProjectionBuilder.Build(entity, type, selected, document, parameter) is { } built
            ? new Projection<T>(built.Key, Expression.Lambda<Func<T, T>>(built.Body, parameter))
            : null;
    }
}
