using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Engagement;

internal sealed class ProgrammeThemeConfiguration : IEntityTypeConfiguration<ProgrammeTheme>
{
    public void Configure(EntityTypeBuilder<ProgrammeTheme> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Source).HasMaxLength(500);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Proposals)
            .HasConversion(
                proposals => string.Join('\n', proposals),
                text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), p => p.Aggregate(0, (h, x) => HashCode.Combine(h, x)), p => p.ToList()))
            .HasMaxLength(4000);
    }
}
