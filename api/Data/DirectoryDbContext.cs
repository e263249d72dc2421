using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Consortia.SupportPlans;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outcomes.Participation;
using VcsDirectory.Api.Outcomes.Specifications;
using VcsDirectory.Api.Outcomes.Values;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Services;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Data;

/// <summary>The directory's database: just its sets; each entity's mapping sits beside the entity in its feature folder.</summary>
/// <remarks>
/// One model, one migrations set per engine (<see cref="SqliteDirectoryDbContext"/>, <see cref="PostgresDirectoryDbContext"/>);
/// the rest of the code only ever asks for this base type. A model change needs both:
/// <c>dotnet ef migrations add NAME --project api --context SqliteDirectoryDbContext --output-dir Data/Migrations/Sqlite</c> and
/// <c>dotnet ef migrations add NAME --project api --context PostgresDirectoryDbContext --output-dir Data/Migrations/Postgres</c>,
/// then the compiled models regenerated (Data/CompiledModels, which the API runs on instead of building the model at
/// start-up): <c>dotnet ef dbcontext optimize --project api --context SqliteDirectoryDbContext --output-dir Data/CompiledModels/Sqlite</c>
/// and the same for PostgreSQL, each into an emptied folder (README; <c>CompiledModelTests</c> fails until they are).
/// </remarks>
public abstract class DirectoryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Ward> Wards => Set<Ward>();

    public DbSet<CapacityArea> CapacityAreas => Set<CapacityArea>();

    public DbSet<ServiceCategory> ServiceCategories => Set<ServiceCategory>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationCapacity> OrganisationCapacities => Set<OrganisationCapacity>();

    public DbSet<OrganisationNeed> OrganisationNeeds => Set<OrganisationNeed>();

    public DbSet<ChildrensCentre> ChildrensCentres => Set<ChildrensCentre>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<OutreachCluster> OutreachClusters => Set<OutreachCluster>();

    public DbSet<IdentifiedNeed> IdentifiedNeeds => Set<IdentifiedNeed>();

    public DbSet<EngagementEvent> EngagementEvents => Set<EngagementEvent>();

    public DbSet<ProgrammeTheme> ProgrammeThemes => Set<ProgrammeTheme>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ServiceSpecification> ServiceSpecifications => Set<ServiceSpecification>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<ParticipationOpportunity> ParticipationOpportunities => Set<ParticipationOpportunity>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Pairing> MentoringPairings => Set<Pairing>();

    public DbSet<PairingExclusion> MentoringExclusions => Set<PairingExclusion>();

    public DbSet<Consortium> Consortia => Set<Consortium>();

    public DbSet<SupportPlan> SupportPlans => Set<SupportPlan>();

    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    public DbSet<Job> Jobs => Set<Job>();

    /// <summary>Saves, and moves the data version in the same transaction when the save changes directory data (see <see cref="DataVersionBump"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!DataVersionBump.IsNeeded(ChangeTracker))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (owned)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await DataVersionBump.ApplyAsync(this, cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    /// <summary>The synchronous save is not used by the API; it is refused rather than left to skip the data version.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save asynchronously (SaveChangesAsync), which moves the data version.");

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
}
