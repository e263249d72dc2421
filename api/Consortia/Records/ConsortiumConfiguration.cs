using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Records;

internal sealed class ConsortiumConfiguration : IEntityTypeConfiguration<Consortium>
{
    public void Configure(EntityTypeBuilder<Consortium> builder)
    {
        builder.ToTable("Consortia");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.HasOne<ChildrensCentre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CentreId, c.Status });
        builder.OwnsMany(c => c.Members, member =>
        {
            member.ToTable("ConsortiumMembers");
            member.WithOwner().HasForeignKey("ConsortiumId");
            member.HasKey("ConsortiumId", nameof(ConsortiumMembership.OrganisationId));
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            member.Property(m => m.Invitation).HasConversion<string>().HasMaxLength(20);
            member.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            member.HasIndex(m => m.OrganisationId);
            member.Ignore(m => m.IsMember);
        });
    }
}
