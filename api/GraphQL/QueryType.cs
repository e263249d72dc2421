using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.GraphQL;

/// <summary>The root query only gathers the fields each feature contributes (each feature's <c>AddX()</c> registers them).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<GraphTypeExtension<QueryType>> features)
    {
        Name = "Query";
        Description = "Everything that can be read: the directory, the reference lists, the programme record and mentoring. What each field returns depends on the caller's role.";
        this.AddNodeQueries();
        this.ApplyExtensions(features);
    }
}
