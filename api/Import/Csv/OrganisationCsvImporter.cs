using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Organisations.Editing;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// Imports the organisations spreadsheet, all or nothing, in one transaction: each row creates an organisation or
/// updates the one it names (by identifier, else by name and postcode area), is checked with <see cref="OrganisationRules"/>
/// as an edit is, and, when it changes anything, raises the version and gets its own audit entry. Any problem, or a
/// dry run, rolls everything back. Re-importing the same file changes nothing and writes no entry.
/// </summary>
/// <remarks>
/// Rows go in chunks of <see cref="ChunkSize"/>: the organisations a chunk names are loaded together (five statements a
/// chunk rather than a row) and its rows are saved together (two saves a chunk rather than two a row), each row's audit
/// entry holding only the changes that row made. The change tracker is emptied after each chunk, so a row costs the same
/// whatever its position in a 10,000-row file; a larger chunk saves statements but makes each row's change detection
/// scan more tracked entities.
/// </remarks>
public sealed class OrganisationCsvImporter(DirectoryDbContext db, AuditRecorder audit)
{
    public const string Action = "importOrganisations";

    private const int ChunkSize = 25;

    public async Task<CsvImportReport> ImportAsync(DirectoryCaller caller, CsvTable table, bool dryRun, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandStaff(caller);
        var lookups = await LoadLookupsAsync(cancellationToken);
        var index = new OrganisationIndex(await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationIndex.Entry(o.Id, o.Name, o.Identifier, o.PostcodeArea, o.ArchivedAt != null)).ToListAsync(cancellationToken));
        var problems = new List<CsvProblem>();
        var (created, updated, unchanged) = (0, 0, 0);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in table.Rows.Chunk(ChunkSize))
        {
            var matches = chunk.Select(row => (Row: row, Problems: new List<CsvProblem>())).Select(m => (m.Row, Id: index.Match(m.Row, m.Problems), m.Problems)).ToList();
            var stored = await LoadAsync(matches.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToList(), cancellationToken);
            var staged = new StagedRows();
            foreach (var (row, match, matchProblems) in matches)
            {
                problems.AddRange(matchProblems);
                var organisation = match is { } id ? stored[id] : new Organisation { Name = "" };
                new OrganisationRowReader(row, problems).Apply(organisation, lookups);
                if (match is null && !row.Has(OrganisationColumns.Kind))
                {
                    problems.Add(new CsvProblem(row.Number, OrganisationColumns.Kind, "REQUIRED", "A new organisation needs its kind."));
                }

                var rules = new ProblemList();
                OrganisationRules.Check(rules, "row", organisation);
                problems.AddRange(rules.All.Select(p => new CsvProblem(row.Number, OrganisationColumns.ForRulePath(p.Path), p.Code, p.Message)));
                // After the first problem nothing more is saved: the rest is only checked, so the answer lists every problem.
                if (problems.Count == 0)
                {
                    var outcome = Stage(caller, organisation, isNew: match is null, staged);
                    (created, updated, unchanged) = (created + (outcome == 1 ? 1 : 0), updated + (outcome == 2 ? 1 : 0), unchanged + (outcome == 0 ? 1 : 0));
                }
            }

            if (problems.Count == 0)
            {
                await SaveAsync(staged, cancellationToken);
            }

            db.ChangeTracker.Clear();
            db.AttachRange([.. lookups.Wards.Values, .. lookups.ServiceCategories.Values, .. lookups.CapacityAreas.Values]);
        }

        if (problems.Count > 0 || dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return problems.Count > 0 ? CsvImportReport.Refused(dryRun, problems) : new CsvImportReport(true, false, created, updated, unchanged, []);
        }

        await transaction.CommitAsync(cancellationToken);
        return new CsvImportReport(false, created + updated > 0, created, updated, unchanged, []);
    }

    /// <summary>Adds the row's changes and their audit entry to the chunk's save: 0 unchanged, 1 created, 2 updated.</summary>
    private int Stage(DirectoryCaller caller, Organisation organisation, bool isNew, StagedRows staged)
    {
        var type = OrganisationEditing.Kind.TypeName;
        if (isNew)
        {
            db.Add(organisation);
            staged.New.Add((organisation, audit.Record(caller, Action, type, 0, staged.TakeUnrecorded)));
            return 1;
        }

        db.ChangeTracker.DetectChanges();
        if (!db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !staged.Recorded.Contains(e.Entity)))
        {
            return 0;
        }

        organisation.Version++;
        audit.Record(caller, Action, type, organisation.Id, staged.TakeUnrecorded);
        return 2;
    }

    /// <summary>Saves a chunk's rows, then names each new organisation in its audit entry once it has an id.</summary>
    private async Task SaveAsync(StagedRows staged, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (organisation, entry) in staged.New)
        {
            entry.EntityId = organisation.Id;
        }

        if (staged.New.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Task<Dictionary<int, Organisation>> LoadAsync(List<int> ids, CancellationToken cancellationToken) => db.Organisations.AsTracking()
        .Include(o => o.Wards).Include(o => o.Services).Include(o => o.Capacities).ThenInclude(c => c.CapacityArea)
        .Include(o => o.Needs).ThenInclude(n => n.CapacityArea).AsSplitQuery().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);

    private async Task<DirectoryLookups> LoadLookupsAsync(CancellationToken cancellationToken) => new(
        await db.Wards.AsTracking().ToDictionaryAsync(w => w.Code, StringComparer.Ordinal, cancellationToken),
        await db.ServiceCategories.AsTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken),
        await db.CapacityAreas.AsTracking().ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken));

    /// <summary>A chunk's rows before they are saved: the entities whose changes an audit entry already holds, and the new organisations with theirs.</summary>
    private sealed class StagedRows
    {
        public HashSet<object> Recorded { get; } = new(ReferenceEqualityComparer.Instance);

        public List<(Organisation Organisation, AuditEntry Entry)> New { get; } = [];

        /// <summary>True the first time an entity's changes are recorded: a row's entry leaves out the earlier rows' changes.</summary>
        public bool TakeUnrecorded(EntityEntry entry) => Recorded.Add(entry.Entity);
    }
}
