using System.Collections.Concurrent;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Detection;

/// <summary>
/// Detection's answers over every need, kept per data version and options: the same options over the same needs find
/// the same clusters, so asking again costs a primary-key read (<see cref="VersionedSnapshots"/>), and each kept
/// cluster works out its coverage once (<see cref="DetectedNeedCluster.CoverageBy"/>).
/// </summary>
/// <remarks>
/// Only answers over every need are kept (the map's, the page's and the defaults'), at most <see cref="MaxKept"/>
/// sets of options per version, all dropped when the version moves: options past that are answered without being
/// kept, so a client trying many cannot fill memory. Two requests that miss at once both detect; either answer is kept.
/// </remarks>
public sealed class DetectionMemo(VersionedSnapshots snapshots)
{
    public const int MaxKept = 16;

    public async Task<DetectedNeedClusterList> DetectAsync(DirectoryDbContext db, NeedMapData data, DetectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Selection != NeedSelection.All)
        {
            return await DetectAsync(data, request, cancellationToken);
        }

        var kept = await snapshots.GetAsync(
            "outreach.detections", db, _ => Task.FromResult(new ConcurrentDictionary<DetectionRequest, DetectedNeedClusterList>()), cancellationToken);
        if (kept.TryGetValue(request, out var answer))
        {
            return answer;
        }

        answer = await DetectAsync(data, request, cancellationToken);
        if (kept.Count < MaxKept)
        {
            kept.TryAdd(request, answer);
        }

        return answer;
    }

    private static async Task<DetectedNeedClusterList> DetectAsync(NeedMapData data, DetectionRequest request, CancellationToken cancellationToken)
    {
        var needs = await data.NeedsAsync(request.Selection, cancellationToken);
        var used = NeedClusterer.Run(needs, request.Clustering);
        return new DetectedNeedClusterList(
            request, used, needs.Count, needs.Sum(n => n.FamiliesAffected), used.Clusters.Select(c => new DetectedNeedCluster(c, request.CoverageRadiusKm)).ToList());
    }
}
