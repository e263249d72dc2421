using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outcomes.Demo;
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
        AddDemoOutcomes(centres.Values.ToList(), now);
        db.AddRange(clusters.Values);
        db.AddRange(needs);
        db.AddRange(services);
        db.AddRange(dataset.EngagementEvents.Select(e => new EngagementEvent
        {
            HeldIn = e.HeldIn, Kind = e.Kind, Attendees = e.Attendees, Note = e.Note, Participants = e.Participants.ToList(), Source = e.Source,
        }));
        var themes = dataset.ProgrammeThemes.Select(t => new ProgrammeTheme { Name = t.Name, Proposals = t.Proposals.ToList(), Source = t.Source }).ToList();
        db.AddRange(themes);
        // Each proposal also becomes a record to take forward, OPEN and in the report's wording.
        db.AddRange(themes.SelectMany(t => t.Proposals.Select((text, i) => new Proposal { Theme = t, Position = i + 1, Text = text, Status = ProposalStatus.Open, ModifiedAt = now })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return [];
    }

    /// <summary>Synthetic specifications, values and opportunities for the centres whose operational figures are synthetic (the demo's).</summary>
    private void AddDemoOutcomes(List<ChildrensCentre> centres, DateTime now)
    {
        for (var i = 0; i < centres.Count; i++)
        {
            if (centres[i].OperationalFiguresAreSynthetic)
            {
                db.Add(OutcomesDemo.Specification(centres[i], now));
                db.AddRange(OutcomesDemo.RecordedValues(centres[i], i + 1, now));
                db.AddRange(OutcomesDemo.Opportunities(centres[i], i + 1, now));
            }
        }
    }
}
