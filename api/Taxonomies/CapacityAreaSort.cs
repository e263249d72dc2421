using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Taxonomies;

public sealed class CapacityAreaSort() : TaxonomySort<CapacityArea>("CapacityAreaSortInput");
