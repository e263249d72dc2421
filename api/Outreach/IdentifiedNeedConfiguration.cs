using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Outreach;

internal sealed class IdentifiedNeedConfiguration : IEntityTypeConfiguration<IdentifiedNeed>
{
    public void Configure(EntityTypeBuilder<IdentifiedNeed> builder)
    {
        builder.ToTable("IdentifiedNeeds", t =>
        {
            t.HasCheckConstraint("CK_IdentifiedNeed_Severity", "\"Severity\" BETWEEN 1 AND 3");
            t.HasCheckConstraint("CK_IdentifiedNeed_Families", "\"FamiliesAffected\" > 0");
        });
        builder.Property(n => n.Source).HasMaxLength(200);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne(n => n.ServiceCategory).WithMany().HasForeignKey(n => n.ServiceCategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Ward).WithMany().HasForeignKey(n => n.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.OutreachClusterId);
    }
}
