using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL;

internal static class GraphTypeNames
{
    /// <summary>The schema name of a graph type class, by GraphQL.NET's own rule (OrganisationType → Organisation).</summary>
    public static string Of<TGraphType>()
        where TGraphType : IGraphType
    {
        var name = typeof(TGraphType).Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        foreach (var suffix in new[] { "GraphType", "Type" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
