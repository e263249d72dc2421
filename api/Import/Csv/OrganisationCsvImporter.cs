using Microsoft.EntityFrameworkCore;
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
/// Rows are saved one by one inside the transaction so that each audit entry holds only its own record's changes; the
/// change tracker is emptied after each row, so a row costs the same whatever its position in a 10,000-row file.
/// </remarks>
public sealed class OrganisationCsvImporter(DirectoryDbContext db, AuditRecorder audit)
{
    public const string Action = "importOrganisations";

    public async Task<CsvImportReport> ImportAsync(DirectoryCaller caller, CsvTable table, bool dryRun, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandStaff(caller);
        var lookups = await LoadLookupsAsync(cancellationToken);
        var index = new OrganisationIndex(await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationIndex.Entry(o.Id, o.Name, o.Identifier, o.PostcodeArea, o.ArchivedAt != null)).ToListAsync(cancellationToken));
        var problems = new List<CsvProblem>();
        var (created, updated, unchanged) = (0, 0, 0);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            var match = index.Match(row, problems);
            var organisation = match is { } id ? await LoadAsync(id, cancellationToken) : new Organisation { Name = "" };
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
                var outcome = await SaveAsync(caller, organisation, isNew: match is null, cancellationToken);
                (created, updated, unchanged) = (created + (outcome == 1 ? 1 : 0), updated + (outcome == 2 ? 1 : 0), unchanged + (outcome == 0 ? 1 : 0));
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

    /// <summary>0 unchanged, 1 created, 2 updated.</summary>
    private async Task<int> SaveAsync(DirectoryCaller caller, Organisation organisation, bool isNew, CancellationToken cancellationToken)
    {
        var type = OrganisationEditing.Kind.TypeName;
        if (isNew)
        {
            db.Add(organisation);
            var entry = audit.Record(caller, Action, type, 0);
            await db.SaveChangesAsync(cancellationToken);
            entry.EntityId = organisation.Id;
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }

        if (!db.ChangeTracker.HasChanges())
        {
            return 0;
        }

        organisation.Version++;
        audit.Record(caller, Action, type, organisation.Id);
        await db.SaveChangesAsync(cancellationToken);
        return 2;
    }

    private Task<Organisation> LoadAsync(int id, CancellationToken cancellationToken) => db.Organisations.AsTracking()
        .Include(o => o.Wards).Include(o => o.Services).Include(o => o.Capacities).ThenInclude(c => c.CapacityArea)
        .Include(o => o.Needs).ThenInclude(n => n.CapacityArea).AsSplitQuery().SingleAsync(o => o.Id == id, cancellationToken);

    private async Task<DirectoryLookups> LoadLookupsAsync(CancellationToken cancellationToken) => new(
        await db.Wards.AsTracking().ToDictionaryAsync(w => w.Code, StringComparer.Ordinal, cancellationToken),
        await db.ServiceCategories.AsTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken),
        await db.CapacityAreas.AsTracking().ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken));
}
