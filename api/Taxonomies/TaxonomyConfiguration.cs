using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Taxonomies;

internal abstract class TaxonomyConfiguration<TTerm> : IEntityTypeConfiguration<TTerm>
    where TTerm : TaxonomyTerm
{
    public void Configure(EntityTypeBuilder<TTerm> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
