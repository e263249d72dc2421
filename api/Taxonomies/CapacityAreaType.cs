using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Taxonomies;

public sealed class CapacityAreaType() : TaxonomyTermType<CapacityArea>(
    "CapacityArea", "An area of organisational capacity (governance, safeguarding…): what groups are strong in, or need help with.");
