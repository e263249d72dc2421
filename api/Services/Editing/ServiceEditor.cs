using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Services.Editing;

/// <summary>
/// Every service edit in the same named steps: authorise, load, check the version, apply, validate with the import's
/// rules, audit, save. A service belongs to its provider, so the last check of who may (its coordinators, CVS staff)
/// needs the service read; callers who could be neither are refused before that.
/// </summary>
public sealed class ServiceEditor(DirectoryDbContext db, AuditRecorder audit, TimeProvider clock)
{
    public const string Who = "a coordinator of the service's provider or CVS staff";

    public async Task<Payload<Service>> CreateAsync(DirectoryCaller caller, int providerId, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandActFor(caller, providerId, Who);
        if (!await db.Organisations.AnyAsync(o => o.Id == providerId && o.ArchivedAt == null, cancellationToken))
        {
            return Payload<Service>.Refused("input.providerId", ProblemCodes.UnknownReference, "No current organisation has this id.");
        }

        var record = ServiceInputs.Changed(new ServiceRecord { Key = "new", Provider = DirectoryLookups.OrganisationKey(providerId), Name = "", Category = "" }, input);
        var service = new Service { Name = record.Name };
        var refusal = await ApplyAsync(record, service, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await audit.SaveNewAsync(caller, "createService", nameof(Service), service, cancellationToken);
        return Payload<Service>.Success(service);
    }

    public async Task<Payload<Service>> EditAsync(
        DirectoryCaller caller, int id, int version, string action, Func<ServiceRecord, ServiceRecord> change, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandEditor(caller, Who);
        var service = await db.Services.AsTracking()
            .Include(s => s.ServiceCategory).Include(s => s.Centres).Include(s => s.OutreachClusters).Include(s => s.AreaWards)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return Payload<Service>.Refused("input.id", ProblemCodes.NotFound, "No service has this id.");
        }

        AccessPolicy.DemandActFor(caller, service.ProviderId, Who);
        if (service.Version != version)
        {
            return Stale(service.Version, version);
        }

        var refusal = await ApplyAsync(change(ServiceMapping.ToRecord(service)), service, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        service.Version++;
        audit.Record(caller, action, nameof(Service), service.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(version + 1, version);
        }

        return Payload<Service>.Success(service);
    }

    /// <summary>Checks the whole record with the import's rules and, when it keeps them all, applies it to the tracked service.</summary>
    private async Task<Payload<Service>?> ApplyAsync(ServiceRecord record, Service service, CancellationToken cancellationToken)
    {
        var (lookups, references) = await db.LoadLookupsAsync(cancellationToken);
        var providerId = service.ProviderId != 0 ? service.ProviderId : int.Parse(record.Provider["org-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var provider = await db.Organisations.AsTracking().FirstAsync(o => o.Id == providerId, cancellationToken);
        var centres = await db.ChildrensCentres.AsTracking().Where(c => record.Centres.Contains(c.Name)).ToDictionaryAsync(c => c.Name, cancellationToken);
        var clusterIds = record.OutreachClusters.Select(k => int.TryParse(k.Replace("cluster-", "", StringComparison.Ordinal), out var n) ? n : 0).ToList();
        var clusters = await db.OutreachClusters.AsTracking().Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => $"cluster-{c.Id}", cancellationToken);
        var problems = new ProblemList();
        ServiceRules.CheckOne(problems, "input", record, references with
        {
            Organisations = new HashSet<string> { record.Provider },
            ChildrensCentres = centres.Keys.ToHashSet(),
            OutreachClusters = clusters.Keys.ToHashSet(),
        });
        if (problems.All.Count > 0)
        {
            return Payload<Service>.Refused(problems.All.Where(p => p.Path != "input.key").Select(UserError.From));
        }

        ServiceMapping.Apply(record, service, lookups with { Organisations = new Dictionary<string, Organisations.Organisation> { [record.Provider] = provider }, ChildrensCentres = centres }, clusters);
        service.ModifiedAt = clock.GetUtcNow().UtcDateTime;
        return null;
    }

    private static Payload<Service> Stale(int current, int given) => Payload<Service>.Refused(
        "input.version", ProblemCodes.Stale, $"The service changed since version {given} (it is now at {current} or later): reload it and apply your change again.");
}
