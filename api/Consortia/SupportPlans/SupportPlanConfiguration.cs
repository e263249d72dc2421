using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Aim).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrganisationId);
        builder.OwnsMany(p => p.Steps, step =>
        {
            step.ToTable("SupportSteps");
            step.WithOwner().HasForeignKey("SupportPlanId");
            step.HasKey("SupportPlanId", nameof(SupportStep.Area));
            step.Property(s => s.Area).HasMaxLength(50);
            step.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
            step.Property(s => s.Explanation).HasMaxLength(2000);
            step.HasOne<Organisation>().WithMany().HasForeignKey(s => s.MentorId).OnDelete(DeleteBehavior.Restrict);
            step.HasOne<Pairing>().WithMany().HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Restrict);
            step.HasIndex(s => s.PairingId);
        });
    }
}
