using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Taxonomies;

public sealed class ServiceCategorySort() : TaxonomySort<ServiceCategory>("ServiceCategorySortInput");
