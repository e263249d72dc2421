using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL;

/// <summary>The root mutation only gathers the mutations each feature contributes (each feature's <c>AddX()</c> registers them).</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<GraphTypeExtension<MutationType>> features)
    {
        Name = "Mutation";
        Description = "Every change to the directory. Each returns a payload whose userErrors list what was refused; nothing is written when any is returned.";
        this.ApplyExtensions(features);
    }
}
