namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Node potentials that prove a solve over the kept arcs optimal, used to price the arcs left out.
/// </summary>
/// <remarks>
/// The lexicographic objective is written as one cost: each matched pair costs −(reward + score), with
/// <see cref="AssignmentProblem.MatchReward"/> larger than any score difference, and a source → sink bypass carries
/// the unmatched. The flow is optimal over the kept arcs, so its residual graph has no negative cycle and shortest
/// distances exist (Bellman–Ford, queue-based); with them as potentials every residual arc has a reduced cost ≥ 0, and
/// if no arc left out has a negative one either, the plan is optimal over all arcs, kept or not.
/// Of the valid potentials, the smallest are taken (distances to a virtual sink, negated): a mentor is then priced as
/// high as its kept arcs justify and a mentee at the best its kept arcs offer, as in an auction, so an arc left out
/// looks improving only when it beats what the mentee already has at the mentor's price.
/// </remarks>
internal static class ResidualPotentials
{
    private const int Source = 0;
    private const int Sink = 1;

    public static long[] Compute(AssignmentProblem problem, List<int>[] kept, int[] chosen)
    {
        var nodes = 2 + problem.MenteeCount + problem.MentorCount;
        var arcs = new List<(int Tail, int Head, long Cost)>();
        var used = new int[problem.MentorCount];
        var matched = 0;
        for (var m = 0; m < problem.MenteeCount; m++)
        {
            var mentee = 2 + m;
            if (chosen[m] >= 0)
            {
                matched++;
                used[problem.Slots[m][chosen[m]]]++;
                arcs.Add((mentee, Source, 0));
            }
            else if (kept[m].Count > 0)
            {
                arcs.Add((Source, mentee, 0));
            }

            foreach (var c in kept[m])
            {
                var mentor = 2 + problem.MenteeCount + problem.Slots[m][c];
                var cost = problem.MatchReward + problem.Scores[m][c];
                arcs.Add(c == chosen[m] ? (mentor, mentee, cost) : (mentee, mentor, -cost));
            }
        }

        for (var j = 0; j < problem.MentorCount; j++)
        {
            var mentor = 2 + problem.MenteeCount + j;
            if (used[j] < problem.Capacities[j])
            {
                arcs.Add((mentor, Sink, 0));
            }

            if (used[j] > 0)
            {
                arcs.Add((Sink, mentor, 0));
            }
        }

        if (matched > 0)
        {
            arcs.Add((Source, Sink, 0));
        }

        if (matched < problem.MatchableCount)
        {
            arcs.Add((Sink, Source, 0));
        }

        // Distances *to* a virtual sink, negated: the smallest feasible potentials (see remarks).
        var toSink = ShortestDistances(nodes, [.. arcs.Select(a => (a.Head, a.Tail, a.Cost))]);
        return [.. toSink.Select(d => -d)];
    }

    private static long[] ShortestDistances(int nodes, List<(int Tail, int Head, long Cost)> arcs)
    {
        var start = new int[nodes + 1];
        foreach (var arc in arcs)
        {
            start[arc.Tail + 1]++;
        }

        for (var v = 0; v < nodes; v++)
        {
            start[v + 1] += start[v];
        }

        var (heads, costs, fill) = (new int[arcs.Count], new long[arcs.Count], start[..^1]);
        foreach (var (tail, head, cost) in arcs)
        {
            heads[fill[tail]] = head;
            costs[fill[tail]++] = cost;
        }

        // Every distance starts at 0, as if each node hung from a root by a 0-cost arc; a node queued more than `nodes` times means a negative cycle.
        var distance = new long[nodes];
        var queued = new bool[nodes];
        var timesQueued = new int[nodes];
        var queue = new Queue<int>(Enumerable.Range(0, nodes));
        Array.Fill(queued, true);
        while (queue.TryDequeue(out var u))
        {
            queued[u] = false;
            for (var a = start[u]; a < start[u + 1]; a++)
            {
                var v = heads[a];
                if (distance[u] + costs[a] < distance[v])
                {
                    distance[v] = distance[u] + costs[a];
                    if (!queued[v])
                    {
                        if (++timesQueued[v] > nodes)
                        {
                            throw new InvalidOperationException("The assignment's residual graph has a negative cycle: the flow was not optimal.");
                        }

                        queued[v] = true;
                        queue.Enqueue(v);
                    }
                }
            }
        }

        return distance;
    }
}
