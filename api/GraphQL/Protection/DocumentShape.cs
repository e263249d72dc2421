namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// What a selection set expands to, fragments included: its field count, its depth (introspection excepted),
/// and inside <c>__schema</c>/<c>__type</c> the deepest chain of list fields and of <c>ofType</c>.
/// Shapes compose (a field adds itself to its children's; siblings add counts and keep the deepest), so a
/// fragment's shape is computed once however often it is spread.
/// </summary>
internal readonly record struct DocumentShape(double Fields, int Depth, int Lists, int OfTypes, int IntrospectionLists, int IntrospectionOfTypes)
{
    /// <summary>The introspection fields returning lists that graphql-js's <c>MaxIntrospectionDepthRule</c> counts.</summary>
    private static readonly HashSet<string> ListFields = ["fields", "interfaces", "possibleTypes", "inputFields"];

    public static DocumentShape Empty => default;

    public static DocumentShape Field(string name, DocumentShape children)
    {
        var isMeta = name.StartsWith("__", StringComparison.Ordinal);
        var isRoot = name is "__schema" or "__type";
        var lists = children.Lists + (ListFields.Contains(name) ? 1 : 0);
        var ofTypes = children.OfTypes + (name == "ofType" ? 1 : 0);
        return new(
            1 + children.Fields,
            isMeta ? 0 : 1 + children.Depth,
            lists,
            ofTypes,
            isRoot ? children.Lists : children.IntrospectionLists,
            isRoot ? children.OfTypes : children.IntrospectionOfTypes);
    }

    public DocumentShape Beside(DocumentShape other) => new(
        Fields + other.Fields,
        Math.Max(Depth, other.Depth),
        Math.Max(Lists, other.Lists),
        Math.Max(OfTypes, other.OfTypes),
        Math.Max(IntrospectionLists, other.IntrospectionLists),
        Math.Max(IntrospectionOfTypes, other.IntrospectionOfTypes));
}
