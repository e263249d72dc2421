using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>Recording identified need: snap, find the ward, check the caller's reach, then look up and check the rest.</summary>
public static class IdentifiedNeedEdits
{
    /// <summary>A survey's worth, and about half the 64 KB request body at ~200 bytes a need; a longer list is an import.</summary>
    public const int MaxNeedsPerCall = 200;

    public static RecordBatchEdit<IdentifiedNeed, RecordIdentifiedNeedsInput> Record { get; } = new()
    {
        Action = "recordIdentifiedNeeds",
        ItemsField = "needs",
        Apply = ApplyAsync,
    };

    private static async Task<IReadOnlyList<IdentifiedNeed>> ApplyAsync(EditScope scope, RecordIdentifiedNeedsInput input)
    {
        var items = input.Needs;
        if (items.Count is 0 or > MaxNeedsPerCall)
        {
            scope.Problems.Add("input.needs", ProblemCodes.OutOfRange, $"Record 1 to {MaxNeedsPerCall} needs at a time (got {items.Count}).");
            return [];
        }

        // First of all, and in the input itself: from here on only the grid cell's centre exists, for every later step.
        foreach (var item in items)
        {
            item.Location = new LocationInput { Latitude = NeedGrid.Snap(item.Location.Latitude), Longitude = NeedGrid.Snap(item.Location.Longitude) };
        }

        var wards = await scope.Db.Wards.Select(w => new WardPoint(w.Id, new GeoPoint(w.CentroidLatitude, w.CentroidLongitude))).ToListAsync(scope.CancellationToken);
        var wardIds = items.Select(n => NearestWard.Of(wards, new GeoPoint(n.Location.Latitude, n.Location.Longitude))).ToList();
        await DemandReachAsync(scope, items, wardIds);

        var codes = items.Select(n => n.ServiceCategory).Distinct().ToList();
        var categories = await scope.Db.ServiceCategories.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id, scope.CancellationToken);
        var needs = new List<IdentifiedNeed>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!categories.TryGetValue(item.ServiceCategory, out var category))
            {
                scope.Problems.Add($"input.needs[{i}].serviceCategory", ProblemCodes.UnknownReference, $"No service category '{Shortened(item.ServiceCategory)}'.");
            }

            if (item.RecordedOn > DateOnly.FromDateTime(scope.Now))
            {
                scope.Problems.Add($"input.needs[{i}].recordedOn", ProblemCodes.OutOfRange, "A need cannot be recorded as identified in the future.");
            }

            needs.Add(new IdentifiedNeed
            {
                ServiceCategoryId = category, WardId = wardIds[i], FamiliesAffected = item.FamiliesAffected, Severity = item.Severity,
                Source = item.Source, RecordedOn = item.RecordedOn, Latitude = item.Location.Latitude, Longitude = item.Location.Longitude,
                IsSynthetic = item.IsSynthetic ?? false,
            });
        }

        return needs;
    }

    /// <summary>
    /// A centre manager records need only in the wards their centres reach; decided before any other part of the input
    /// is checked. A position that is not a WGS84 one has no ward and is refused by the rules instead.
    /// </summary>
    private static async Task DemandReachAsync(EditScope scope, IReadOnlyList<IdentifiedNeedInput> items, List<int?> wardIds)
    {
        if (scope.Caller.IsCvsStaff)
        {
            return;
        }

        var centres = scope.Caller.ManagedCentres.ToList();
        var reached = (await scope.Db.ChildrensCentres.Where(c => centres.Contains(c.Id)).SelectMany(c => c.ReachWards).Select(w => w.Id)
            .Distinct().ToListAsync(scope.CancellationToken)).ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            if (GeoPoint.IsValid(items[i].Location.Latitude, items[i].Location.Longitude))
            {
                AccessPolicy.DemandRecordNeedIn(scope.Caller, wardIds[i], reached);
            }
        }
    }

    private static string Shortened(string code) => code.Length <= 40 ? code : code[..40] + "…";
}
