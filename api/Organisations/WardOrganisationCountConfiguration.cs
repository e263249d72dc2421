using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Organisations;

internal sealed class WardOrganisationCountConfiguration : IEntityTypeConfiguration<WardOrganisationCount>
{
    public void Configure(EntityTypeBuilder<WardOrganisationCount> builder)
    {
        builder.ToTable("WardOrganisationCounts");
        builder.HasKey(c => c.WardId);
        builder.Property(c => c.WardId).ValueGeneratedNever();
        builder.HasOne<Ward>().WithOne().HasForeignKey<WardOrganisationCount>(c => c.WardId).OnDelete(DeleteBehavior.Cascade);
    }
}
