using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace VcsDirectory.Api.GraphQL.Introspection;

/// <summary>
/// The two introspection fields of the current GraphQL specification that GraphQL.NET 8 lacks, added to its own
/// introspection types so that graphql-js's <c>getIntrospectionQuery</c> with every option (<c>specifiedByUrl</c>,
/// <c>inputValueDeprecation</c>) is answered instead of refused: <c>__Type.specifiedByURL</c> and
/// <c>includeDeprecated</c> on <c>__Directive.args</c>.
/// </summary>
/// <remarks>
/// No scalar of this schema claims an external specification (none carries <c>@specifiedBy</c> in the SDL), so
/// <c>specifiedByURL</c> is null everywhere, as the specification requires for such types. An upgrade of GraphQL.NET
/// that brings either field makes this visitor throw at start-up, so the twin is noticed and removed.
/// </remarks>
public sealed class CurrentIntrospectionVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        switch (type.Name)
        {
            case "__Type":
                AddSpecifiedByUrl(type, schema);
                break;
            case "__Directive":
                AddIncludeDeprecated(type.GetField("args") ?? throw Missing("__Directive.args"), schema);
                break;
        }
    }

    private static void AddSpecifiedByUrl(IObjectGraphType type, ISchema schema)
    {
        if (type.HasField("specifiedByURL"))
        {
            throw Missing("no __Type.specifiedByURL of its own");
        }

        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Description = "The URL of the specification a custom scalar follows; null for every type here.",
            ResolvedType = schema.AllTypes["String"],
            Resolver = new FuncFieldResolver<object?>(_ => null),
        });
    }

    /// <summary>Directive arguments are never deprecated here, so every one is listed whatever the argument says.</summary>
    private static void AddIncludeDeprecated(FieldType args, ISchema schema)
    {
        args.Arguments ??= [];
        if (args.Arguments.Find("includeDeprecated") is not null)
        {
            throw Missing("no includeDeprecated argument of its own on __Directive.args");
        }

        args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!)
        {
            Name = "includeDeprecated",
            Description = "Whether deprecated arguments are listed too.",
            DefaultValue = false,
        });
    }

    private static InvalidOperationException Missing(string what) =>
        new($"GraphQL.NET's introspection types changed ({what} was assumed): revisit {nameof(CurrentIntrospectionVisitor)}.");
}
