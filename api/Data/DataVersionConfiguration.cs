using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Data;

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("DataVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Epoch).HasMaxLength(32);
        builder.HasData(new DataVersion { Id = DataVersion.RowId, Value = 0 });
    }
}
