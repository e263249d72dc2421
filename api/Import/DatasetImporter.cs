using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Services;
using VcsDirectory.Api.Taxonomies;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>Imports a dataset into an empty directory: all of it in one transaction, or nothing when any record is invalid.</summary>
public sealed class DatasetImporter(DirectoryDbContext db, TimeProvider clock)
{
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
        var organisations = dataset.Organisations.ToDictionary(o => o.Key, o => OrganisationImport.ToEntity(o, lookups));
        lookups = lookups with { Organisations = organisations };
        var centres = dataset.ChildrensCentres.ToDictionary(c => c.Name, c => ChildrensCentreImport.ToEntity(c, lookups));
        lookups = lookups with { ChildrensCentres = centres };
        var clusters = dataset.OutreachClusters.ToDictionary(c => c.Key, c => OutreachClusterImport.ToEntity(c, lookups));
        var needs = dataset.IdentifiedNeeds.Select(n => new IdentifiedNeed
        {
            ServiceCategory = categories[n.Service], Ward = n.Ward is null ? null : wards[n.Ward], FamiliesAffected = n.FamiliesAffected,
            Severity = n.Severity, Source = n.Source, RecordedOn = n.RecordedOn, IsSynthetic = n.IsSynthetic,
            Latitude = NeedGrid.Snap(n.Latitude), Longitude = NeedGrid.Snap(n.Longitude),
        }).ToList();
        for (var i = 0; i < needs.Count; i++)
        {
            if (dataset.IdentifiedNeeds[i].Cluster is { } cluster)
            {
                clusters[cluster].Needs.Add(needs[i]);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var services = dataset.Services.Select(r =>
        {
            // The last review is the last change the record knows of; the import itself is one otherwise.
            var service = ServiceImport.ToEntity(r, lookups, clusters);
            service.ModifiedAt = r.LastReviewedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? now;
            return service;
        }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(wards.Values);
        db.AddRange(capacityAreas.Values);
        db.AddRange(categories.Values);
        db.AddRange(organisations.Values);
        db.AddRange(centres.Values);
        db.AddRange(clusters.Values);
        db.AddRange(needs);
        db.AddRange(services);
        db.AddRange(dataset.EngagementEvents.Select(e => new EngagementEvent
        {
            HeldIn = e.HeldIn, Kind = e.Kind, Attendees = e.Attendees, Note = e.Note, Participants = e.Participants.ToList(), Source = e.Source,
        }));
        db.AddRange(dataset.ProgrammeThemes.Select(t => new ProgrammeTheme { Name = t.Name, Proposals = t.Proposals.ToList(), Source = t.Source }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return [];
    }
}
