using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Organisations;

internal sealed class OrganisationCapacityConfiguration : IEntityTypeConfiguration<OrganisationCapacity>
{
    public void Configure(EntityTypeBuilder<OrganisationCapacity> builder)
    {
        builder.ToTable("OrganisationCapacities", t => t.HasCheckConstraint("CK_Capacity_Strength", "\"Strength\" BETWEEN 1 AND 3"));
        builder.HasKey(c => new { c.OrganisationId, c.CapacityAreaId });
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.HasIndex(c => new { c.CapacityAreaId, c.Strength });
    }
}
