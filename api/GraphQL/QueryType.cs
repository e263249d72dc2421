using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.GraphQL;

/// <summary>The root query only gathers the fields each feature contributes (each feature's <c>AddX()</c> registers them).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<GraphTypeExtension<QueryType>> features)
    {
        Name = "Query";
        this.AddNodeQueries();
        this.ApplyExtensions(features);
    }
}
