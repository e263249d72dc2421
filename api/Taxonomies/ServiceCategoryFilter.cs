using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Taxonomies;

public sealed class ServiceCategoryFilter() : TaxonomyFilter<ServiceCategory>("ServiceCategoryFilterInput");
