using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outcomes.Demo;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Taxonomies;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>Imports a dataset into an empty directory: all of it in one transaction, or nothing when any record is invalid.</summary>
/// <remarks>
/// The many records (organisations, identified needs, services) are mapped and saved <see cref="ChunkSize"/> at a time,
/// and the change tracker is emptied after each chunk, as <see cref="Csv.OrganisationCsvImporter"/> does: an import holds
/// its dataset and one chunk, not every entity with its tracking (one save of 10,000 organisations peaked at 1.2 GB, and
/// a server that seeded itself kept it). What later records point at stays tracked through the chunks: the wards,
/// taxonomy terms, centres and clusters, a few dozen whatever the size. Organisations are pointed at by their stored id.
/// </remarks>
public sealed class DatasetImporter(DirectoryDbContext db, TimeProvider clock)
{
    private const int ChunkSize = 1_000;

    public async Task<IReadOnlyList<Problem>> ImportAsync(DirectoryDataset dataset, CancellationToken cancellationToken)
    {
        var problems = DatasetValidator.Validate(dataset);
        dataset = DatasetUpgrade.ToCurrent(dataset);
        if (problems.Count > 0)
        {
            return problems;
        }

        if (await db.Wards.AnyAsync(cancellationToken) || await db.Organisations.AnyAsync(cancellationToken))
        {
            return [new Problem("", "NOT_EMPTY", "Datasets are imported into an empty directory only.")];
        }

        var wards = dataset.Wards.ToDictionary(w => w.Code, w => new Ward
        {
            Code = w.Code, Name = w.Name, CentroidLatitude = w.Latitude, CentroidLongitude = w.Longitude,
            CentroidIsApproximate = w.CentroidIsApproximate, Source = w.Source,
        });
        var capacityAreas = dataset.CapacityAreas.ToDictionary(t => t.Code, t => new CapacityArea { Code = t.Code, Name = t.Name, Description = t.Description });
        var categories = dataset.ServiceCategories.ToDictionary(t => t.Code, t => new ServiceCategory { Code = t.Code, Name = t.Name, Description = t.Description });
        var lookups = new DirectoryLookups(wards, categories, capacityAreas);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<object> pointedAt = [.. wards.Values, .. capacityAreas.Values, .. categories.Values];
        db.AddRange(pointedAt);
        await SaveAsync(pointedAt, cancellationToken);

        var organisationIds = new Dictionary<string, int>(dataset.Organisations.Count);
        foreach (var chunk in dataset.Organisations.Chunk(ChunkSize))
        {
            var organisations = chunk.Select(o => OrganisationImport.ToEntity(o, lookups)).ToList();
            db.AddRange(organisations);
            await SaveAsync(pointedAt, cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                organisationIds.Add(chunk[i].Key, organisations[i].Id);
            }
        }

        lookups = lookups with { Organisations = organisationIds };
        var centres = dataset.ChildrensCentres.ToDictionary(c => c.Name, c => ChildrensCentreImport.ToEntity(c, lookups));
        lookups = lookups with { ChildrensCentres = centres };
        var clusters = dataset.OutreachClusters.ToDictionary(c => c.Key, c => OutreachClusterImport.ToEntity(c, lookups));
        // Rows get their ids in the order added. Before the import was chunked, one save of everything let EF put rows with
        // no dependency in that save first: the centre with no ward and no operator (Ted Webster) and its outcome records,
        // and the needs outside any cluster. The demo's ids stay as they were (examples, tests and clients' links name
        // them), so they are added in that order.
        var centresInIdOrder = centres.Values.OrderBy(c => c.Ward is not null || c.OperatorId is not null).ToList();
        db.AddRange(centresInIdOrder);
        AddDemoOutcomes(centres.Values.ToList(), centresInIdOrder, now);
        db.AddRange(clusters.Values);
        AddEngagement(dataset, now);
        pointedAt.AddRange([.. centres.Values, .. clusters.Values]);
        await SaveAsync(pointedAt, cancellationToken);

        foreach (var chunk in dataset.IdentifiedNeeds.OrderBy(n => n.Cluster is not null).Chunk(ChunkSize))
        {
            db.AddRange(chunk.Select(n => new IdentifiedNeed
            {
                ServiceCategory = categories[n.Service], Ward = n.Ward is null ? null : wards[n.Ward], FamiliesAffected = n.FamiliesAffected,
                Severity = n.Severity, Source = n.Source, RecordedOn = n.RecordedOn, IsSynthetic = n.IsSynthetic,
                Latitude = NeedGrid.Snap(n.Latitude), Longitude = NeedGrid.Snap(n.Longitude),
                OutreachClusterId = n.Cluster is null ? null : clusters[n.Cluster].Id,
            }));
            await SaveAsync(pointedAt, cancellationToken);
        }

        foreach (var chunk in dataset.Services.Chunk(ChunkSize))
        {
            db.AddRange(chunk.Select(r =>
            {
                // The last review is the last change the record knows of; the import itself is one otherwise.
                var service = ServiceImport.ToEntity(r, lookups, clusters);
                service.ModifiedAt = r.LastReviewedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? now;
                return service;
            }));
            await SaveAsync(pointedAt, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return [];
    }

    /// <summary>Saves what was added, inside the import's transaction, then lets go of all of it but what later records point at.</summary>
    private async Task SaveAsync(IReadOnlyList<object> pointedAt, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.AttachRange(pointedAt);
    }

    /// <summary>Synthetic specifications, values and opportunities for the centres whose operational figures are synthetic (the demo's).</summary>
    /// <remarks>Each centre's figures follow from its position in the dataset; they are added in the centres' id order.</remarks>
    private void AddDemoOutcomes(List<ChildrensCentre> inDatasetOrder, List<ChildrensCentre> inIdOrder, DateTime now)
    {
        foreach (var centre in inIdOrder.Where(c => c.OperationalFiguresAreSynthetic))
        {
            var position = inDatasetOrder.IndexOf(centre) + 1;
            db.Add(OutcomesDemo.Specification(centre, now));
            db.AddRange(OutcomesDemo.RecordedValues(centre, position, now));
            db.AddRange(OutcomesDemo.Opportunities(centre, position, now));
        }
    }

    /// <summary>The programme's engagement events and themes; each proposal also becomes a record to take forward, OPEN and in the report's wording.</summary>
    private void AddEngagement(DirectoryDataset dataset, DateTime now)
    {
        db.AddRange(dataset.EngagementEvents.Select(e => new EngagementEvent
        {
            HeldIn = e.HeldIn, Kind = e.Kind, Attendees = e.Attendees, Note = e.Note, Participants = e.Participants.ToList(), Source = e.Source,
        }));
        var themes = dataset.ProgrammeThemes.Select(t => new ProgrammeTheme { Name = t.Name, Proposals = t.Proposals.ToList(), Source = t.Source }).ToList();
        db.AddRange(themes);
        db.AddRange(themes.SelectMany(t => t.Proposals.Select((text, i) => new Proposal { Theme = t, Position = i + 1, Text = text, Status = ProposalStatus.Open, ModifiedAt = now })));
    }
}
