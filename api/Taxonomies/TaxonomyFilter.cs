using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Taxonomies;

public abstract class TaxonomyFilter<TTerm> : FilterSpec<TTerm>
    where TTerm : TaxonomyTerm
{
    protected TaxonomyFilter(string name)
        : base(name, "Conditions on taxonomy terms; all given fields must hold.")
    {
        Field("code", t => t.Code);
        Field("name", t => t.Name);
    }
}
