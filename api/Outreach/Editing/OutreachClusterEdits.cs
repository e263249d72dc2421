using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>Each cluster mutation: what it loads beside the cluster's row, and how it applies its input.</summary>
public static class OutreachClusterEdits
{
    public static RecordEdit<OutreachCluster, OutreachClusterChanges> Create { get; } = new()
    {
        Action = "createOutreachCluster",
        Apply = async (scope, cluster, input) =>
        {
            cluster.Needs = (await NeedsAsync(scope, input.NeedIds, "input.needIds")).OfType<IdentifiedNeed>().Distinct().ToList();
            cluster.IsSynthetic = input.IsSynthetic.Or(false) ?? false;
            await ApplyAsync(scope, cluster, input);
        },
    };

    public static RecordEdit<OutreachCluster, OutreachClusterChanges> Update { get; } = new()
    {
        Action = "updateOutreachCluster",
        Touches = (clusters, input) => input.Wards.IsSet ? clusters.Include(c => c.Wards) : clusters,
        Apply = async (scope, cluster, input) =>
        {
            await ApplyAsync(scope, cluster, input);
            await MoveNeedsAsync(scope, cluster, input);
        },
    };

    /// <summary>Attaches and detaches needs by their foreign key (the cluster's other needs are not loaded).</summary>
    private static async Task MoveNeedsAsync(EditScope scope, OutreachCluster cluster, OutreachClusterChanges input)
    {
        var added = await NeedsAsync(scope, input.AddNeedIds, "input.addNeedIds");
        foreach (var need in added)
        {
            need?.OutreachClusterId = cluster.Id;
        }

        var removed = await NeedsAsync(scope, input.RemoveNeedIds, "input.removeNeedIds");
        for (var i = 0; i < removed.Count; i++)
        {
            if (removed[i] is not { } need)
            {
                continue;
            }

            if (added.Contains(need))
            {
                scope.Problems.Add($"input.removeNeedIds[{i}]", ProblemCodes.Inconsistent, "A need cannot be both added and removed.");
            }
            else if (need.OutreachClusterId != cluster.Id)
            {
                scope.Problems.Add($"input.removeNeedIds[{i}]", ProblemCodes.Inconsistent, "This need is not in the cluster.");
            }
            else
            {
                need.OutreachClusterId = null;
            }
        }
    }

    /// <summary>The needs the input names, tracked, in one query, in the input's order; an unknown id is a problem at its index (and null).</summary>
    private static async Task<List<IdentifiedNeed?>> NeedsAsync(EditScope scope, IReadOnlyList<string>? given, string path)
    {
        var ids = (given ?? []).Select((id, i) => GlobalId.DecodeFor<IdentifiedNeedType>(id, $"{path}[{i}]")).ToList();
        var found = ids.Count == 0 ? [] : await scope.Db.IdentifiedNeeds.AsTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, scope.CancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!found.ContainsKey(ids[i]))
            {
                scope.Problems.Add($"{path}[{i}]", ProblemCodes.UnknownReference, "No identified need has this id.");
            }
        }

        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    private static async Task ApplyAsync(EditScope scope, OutreachCluster c, OutreachClusterChanges input)
    {
        (c.Name, c.Description, c.OutreachSite) = (input.Name.Or(c.Name) ?? "", input.Description.Or(c.Description), input.OutreachSite.Or(c.OutreachSite));
        if (input.Centroid.IsSet)
        {
            (c.CentroidLatitude, c.CentroidLongitude) = (input.Centroid.Value?.Latitude ?? double.NaN, input.Centroid.Value?.Longitude ?? double.NaN);
        }

        if (input.ChildrensCentreId.IsSet)
        {
            c.ChildrensCentreId = input.ChildrensCentreId.Value is { } id ? await CentreAsync(scope, id) : null;
        }

        if (input.Wards.IsSet)
        {
            var codes = input.Wards.Value ?? [];
            var wards = await scope.LookupAsync(scope.Db.Wards, w => w.Code, codes, "input.wards", "ward");
            Relations.Replace(c.Wards, codes.Where(wards.ContainsKey).Select(code => wards[code]).Distinct().ToList());
        }

        if (input.Name.IsSet)
        {
            // A name is the record's alone; asked only when the input names one.
            await scope.RefuseIfAnyAsync(scope.Db.OutreachClusters.Where(other => other.Name == c.Name && other.Id != c.Id), "input.name", ProblemCodes.Duplicate, "Another outreach cluster has this name.");
        }
    }

    private static async Task<int?> CentreAsync(EditScope scope, string id)
    {
        var key = GlobalId.DecodeFor<ChildrensCentreType>(id, "input.childrensCentreId");
        if (await scope.Db.ChildrensCentres.AnyAsync(c => c.Id == key, scope.CancellationToken))
        {
            return key;
        }

        scope.Problems.Add("input.childrensCentre", ProblemCodes.UnknownReference, $"No centre '#{id}' in the dataset.");
        return null;
    }
}
