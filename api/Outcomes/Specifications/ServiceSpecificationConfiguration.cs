using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Outcomes.Specifications;

internal sealed class ServiceSpecificationConfiguration : IEntityTypeConfiguration<ServiceSpecification>
{
    public void Configure(EntityTypeBuilder<ServiceSpecification> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Centre).WithMany().HasForeignKey(s => s.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CentreId, s.PeriodStart });
        builder.OwnsMany(s => s.Targets, target =>
        {
            target.ToTable("ServiceSpecificationTargets");
            target.WithOwner().HasForeignKey("SpecificationId");
            target.Property<int>("Id");
            target.HasKey("Id");
            target.Property(t => t.IndicatorCode).HasMaxLength(60);
        });
    }
}
