using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Centres;

internal sealed class ChildrensCentreConfiguration : IEntityTypeConfiguration<ChildrensCentre>
{
    public void Configure(EntityTypeBuilder<ChildrensCentre> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Status2013).HasMaxLength(200);
        builder.Property(c => c.Source).HasMaxLength(500);
        builder.Property(c => c.LocationPrecision).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasOne(c => c.Ward).WithMany().HasForeignKey(c => c.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Operator).WithMany().HasForeignKey(c => c.OperatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.ReachWards).WithMany().UsingEntity("ChildrensCentreReachWards");
        builder.HasMany(c => c.Services).WithMany().UsingEntity("ChildrensCentreServices");
    }
}
