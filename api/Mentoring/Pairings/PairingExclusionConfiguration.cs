using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Pairings;

internal sealed class PairingExclusionConfiguration : IEntityTypeConfiguration<PairingExclusion>
{
    public void Configure(EntityTypeBuilder<PairingExclusion> builder)
    {
        builder.ToTable("MentoringExclusions");
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.CreatedBy).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.FirstOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.SecondOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.FirstOrganisationId, e.SecondOrganisationId }).IsUnique();
    }
}
