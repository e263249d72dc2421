using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Taxonomies;

public sealed class CapacityAreaFilter() : TaxonomyFilter<CapacityArea>("CapacityAreaFilterInput");
