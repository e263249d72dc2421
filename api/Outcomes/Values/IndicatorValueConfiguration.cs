using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Outcomes.Values;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.IndicatorCode).HasMaxLength(60);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.HasOne(v => v.Centre).WithMany().HasForeignKey(v => v.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CentreId, v.IndicatorCode, v.On });
    }
}
