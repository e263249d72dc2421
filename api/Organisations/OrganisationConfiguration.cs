using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    /// <summary>The table of links between organisations and the wards they serve (OrganisationId, WardsId), its key in that order.</summary>
    public const string WardLinks = "OrganisationWards";

    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.SizeBand).HasConversion<int>();
        builder.Property(o => o.Identifier).HasMaxLength(60);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.ContactPhone).HasMaxLength(40);
        builder.Property(o => o.PostcodeArea).HasMaxLength(8);
        builder.Property(o => o.SupportNeeded).HasMaxLength(2000);
        builder.Property(o => o.ArchiveReason).HasMaxLength(500);
        builder.OwnsOne(o => o.Willingness);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.SizeBand);
        builder.HasIndex(o => o.Identifier).IsUnique();
        builder.HasMany(o => o.Wards).WithMany().UsingEntity(WardLinks);
        builder.HasMany(o => o.Services).WithMany().UsingEntity("OrganisationServices");
        builder.HasMany(o => o.Capacities).WithOne().HasForeignKey(c => c.OrganisationId);
        builder.HasMany(o => o.Needs).WithOne().HasForeignKey(n => n.OrganisationId);
    }
}
