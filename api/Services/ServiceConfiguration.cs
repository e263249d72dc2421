using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Services;

/// <remarks>
/// Full-text search lives beside this mapping, outside the EF model: SQLite's FTS5 table <c>ServiceSearch</c> (kept in
/// step by triggers) and PostgreSQL's generated <c>SearchVector</c> column with its GIN index, both created by the
/// AddServices migrations. A later migration that rebuilds the Services table on SQLite must recreate the triggers.
/// </remarks>
internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.FeeDescription).HasMaxLength(500);
        builder.Property(s => s.ContactEmail).HasMaxLength(254);
        builder.Property(s => s.ContactPhone).HasMaxLength(40);
        builder.HasOne(s => s.Provider).WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.ServiceCategory).WithMany().HasForeignKey(s => s.ServiceCategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(s => s.Schedule, schedule =>
        {
            schedule.ToTable("ServiceSchedules");
            schedule.WithOwner().HasForeignKey("ServiceId");
            schedule.Property<int>("Id");
            schedule.HasKey("Id");
            schedule.Property(x => x.Day).HasConversion<int>();
        });
        builder.HasMany(s => s.Centres).WithMany().UsingEntity("ServiceAtCentres");
        builder.HasMany(s => s.OutreachClusters).WithMany().UsingEntity("ServiceOutreachClusters");
        builder.HasMany(s => s.AreaWards).WithMany().UsingEntity("ServiceAreaWards");
        builder.HasIndex(s => s.Name);
        builder.HasIndex(s => s.ModifiedAt);
    }
}
