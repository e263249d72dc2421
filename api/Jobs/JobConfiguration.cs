using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Jobs;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("Jobs");
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.Property(j => j.Kind).HasMaxLength(60);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Phase).HasMaxLength(200);
        builder.Property(j => j.Input).HasMaxLength(4000);
        builder.Property(j => j.Error).HasMaxLength(1000);
        builder.Property(j => j.StartedBy).HasMaxLength(200);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        // Workers look for the oldest queued job and for running jobs whose lease ran out.
        builder.HasIndex(j => new { j.Status, j.Id });
    }
}
