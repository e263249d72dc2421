using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Outcomes.Participation;

internal sealed class ParticipationOpportunityConfiguration : IEntityTypeConfiguration<ParticipationOpportunity>
{
    public void Configure(EntityTypeBuilder<ParticipationOpportunity> builder)
    {
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Description).HasMaxLength(1000);
        builder.Property(o => o.HowToTakePart).HasMaxLength(1000);
        builder.HasOne(o => o.Centre).WithMany().HasForeignKey(o => o.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Service).WithMany().HasForeignKey(o => o.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.CentreId, o.IsOpen });
    }
}
