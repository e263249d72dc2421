using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Taxonomies;

/// <summary>The fields every taxonomy term shows.</summary>
public abstract class TaxonomyTermType<TTerm> : DirectoryObjectGraphType<TTerm>
    where TTerm : TaxonomyTerm
{
    protected TaxonomyTermType(string name, string description)
    {
        Name = name;
        Description = description;
        this.AsNode(t => t.Id);
        Field(t => t.Code).Description("A stable SCREAMING_SNAKE_CASE code: filter by it, store it.");
        Field(t => t.Name).Description("The name to show.");
        Field(t => t.Description).Description("What the term covers, in a sentence.");
    }
}
