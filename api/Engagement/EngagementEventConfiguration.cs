using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Engagement;

internal sealed class EngagementEventConfiguration : IEntityTypeConfiguration<EngagementEvent>
{
    public void Configure(EntityTypeBuilder<EngagementEvent> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.HeldIn).HasMaxLength(7);
        builder.HasMany(e => e.Centres).WithMany().UsingEntity("EngagementEventCentres");
        builder.HasMany(e => e.Themes).WithMany().UsingEntity("EngagementEventThemes");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.Property(e => e.Source).HasMaxLength(500);
        // A handful of rows that are never filtered by participant: a delimited column is enough. The parse is a lambda,
        // not the method group Enum.Parse<ParticipantGroup>: `dotnet ef dbcontext optimize` writes converters out as C#
        // and cannot translate a method group (a delegate made from a MethodInfo constant).
        builder.Property(e => e.Participants)
            .HasConversion(
                groups => string.Join(',', groups),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(group => Enum.Parse<ParticipantGroup>(group)).ToList(),
                new ValueComparer<List<ParticipantGroup>>((a, b) => a!.SequenceEqual(b!), g => g.Aggregate(0, (h, x) => HashCode.Combine(h, x)), g => g.ToList()))
            .HasMaxLength(200);
    }
}
