using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Pairings;

internal sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        builder.ToTable("MentoringPairings");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ProposedBy).HasMaxLength(200);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.OutcomeNote).HasMaxLength(1000);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.MenteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.MentorId, p.State });
        builder.HasIndex(p => new { p.MenteeId, p.State });
        builder.Ignore(p => p.EndedBadly);
    }
}
