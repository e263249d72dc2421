using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Taxonomies;

/// <summary>The fields every taxonomy term shows.</summary>
public abstract class TaxonomyTermType<TTerm> : ObjectGraphType<TTerm>
    where TTerm : TaxonomyTerm
{
    protected TaxonomyTermType(string name, string description)
    {
        Name = name;
        Description = description;
        this.AsNode(t => t.Id);
        Field(t => t.Code).Description("A stable SCREAMING_SNAKE_CASE code: filter by it, store it.");
        Field(t => t.Name);
        Field(t => t.Description);
    }
}

public sealed class CapacityAreaType() : TaxonomyTermType<CapacityArea>(
    "CapacityArea", "An area of organisational capacity (governance, safeguarding…): what groups are strong in, or need help with.");

public sealed class ServiceCategoryType() : TaxonomyTermType<ServiceCategory>(
    "ServiceCategory", "A kind of service delivered to children and families.");
