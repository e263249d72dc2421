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
            var ids = (input.NeedIds ?? []).Select((id, i) => GlobalId.DecodeFor<IdentifiedNeedType>(id, $"input.needIds[{i}]")).ToList();
            var needs = ids.Count == 0 ? [] : await scope.Db.IdentifiedNeeds.AsTracking().Where(n => ids.Contains(n.Id)).ToListAsync(scope.CancellationToken);
            for (var i = 0; i < ids.Count; i++)
            {
                if (needs.All(n => n.Id != ids[i]))
                {
                    scope.Problems.Add($"input.needIds[{i}]", ProblemCodes.UnknownReference, "No identified need has this id.");
                }
            }

            cluster.Needs = needs;
            cluster.IsSynthetic = input.IsSynthetic.Or(false) ?? false;
            await ApplyAsync(scope, cluster, input);
        },
    };

    public static RecordEdit<OutreachCluster, OutreachClusterChanges> Update { get; } = new()
    {
        Action = "updateOutreachCluster",
        Touches = (clusters, input) => input.Wards.IsSet ? clusters.Include(c => c.Wards) : clusters,
        Apply = ApplyAsync,
    };

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
