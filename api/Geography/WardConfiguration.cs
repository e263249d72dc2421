using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Geography;

internal sealed class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(60);
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.Source).HasMaxLength(500);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.HasIndex(w => w.Name).IsUnique();
    }
}
