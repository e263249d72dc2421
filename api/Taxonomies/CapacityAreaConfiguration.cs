using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Taxonomies;

internal sealed class CapacityAreaConfiguration : TaxonomyConfiguration<CapacityArea>;
