using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VcsDirectory.Api.Organisations;

internal sealed class OrganisationNeedConfiguration : IEntityTypeConfiguration<OrganisationNeed>
{
    public void Configure(EntityTypeBuilder<OrganisationNeed> builder)
    {
        builder.ToTable("OrganisationNeeds", t => t.HasCheckConstraint("CK_Need_Priority", "\"Priority\" BETWEEN 1 AND 3"));
        builder.HasKey(n => new { n.OrganisationId, n.CapacityAreaId });
        builder.Property(n => n.Note).HasMaxLength(500);
        builder.HasIndex(n => new { n.CapacityAreaId, n.Priority });
    }
}
