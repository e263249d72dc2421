using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Engagement.Proposals;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Text).HasMaxLength(1000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.NextStep).HasMaxLength(1000);
        builder.HasOne(p => p.Theme).WithMany().HasForeignKey(p => p.ThemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ThemeId, p.Position });
        // A few codes (and ids) per proposal, never filtered or joined by: a delimited column is enough.
        builder.Property(p => p.IndicatorCodes)
            .HasConversion(
                codes => string.Join(',', codes),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), c => c.Aggregate(0, (h, x) => HashCode.Combine(h, x)), c => c.ToList()))
            .HasMaxLength(500);
        builder.Property(p => p.ConsortiumIds).HasConversion(IdList.Converter, IdList.Comparer).HasMaxLength(500);
        builder.Property(p => p.SupportPlanIds).HasConversion(IdList.Converter, IdList.Comparer).HasMaxLength(500);
    }
}
