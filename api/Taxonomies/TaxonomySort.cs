using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Taxonomies;

public abstract class TaxonomySort<TTerm> : SortSpec<TTerm>
    where TTerm : TaxonomyTerm
{
    protected TaxonomySort(string name)
        : base(name, t => t.Id)
    {
        Field("code", t => t.Code);
        Field("name", t => t.Name);
    }
}
