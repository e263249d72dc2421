using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Taxonomies;

public sealed class ServiceCategoryType() : TaxonomyTermType<ServiceCategory>(
    "ServiceCategory", "A kind of service delivered to children and families.");
