using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Outreach;

internal sealed class OutreachClusterConfiguration : IEntityTypeConfiguration<OutreachCluster>
{
    public void Configure(EntityTypeBuilder<OutreachCluster> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.OutreachSite).HasMaxLength(200);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasOne(c => c.ChildrensCentre).WithMany().HasForeignKey(c => c.ChildrensCentreId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Wards).WithMany().UsingEntity("OutreachClusterWards");
        builder.HasMany(c => c.Needs).WithOne().HasForeignKey(n => n.OutreachClusterId).OnDelete(DeleteBehavior.SetNull);
    }
}
