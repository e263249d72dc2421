using Google.OrTools.Graph;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// The assignment as a min-cost max-flow (OR-Tools SimpleMinCostFlow, named MinCostFlow in .NET): source → mentee (capacity 1), mentee → mentor (capacity 1, cost from the
/// scaled score), mentor → sink (capacity = free places). A maximum flow matches as many mentees as possible; among
/// those, the least cost is the greatest total score.
/// </summary>
/// <remarks>
/// Cost = (highest scaled score − scaled score) ≥ 0, so the solver never sees a negative cost. Every unit of flow
/// crosses exactly one mentee → mentor arc and the flow's size is fixed at the maximum, so subtracting from a
/// constant changes the cost by the same amount for every maximum flow and leaves the argmin alone.
/// Nodes and arcs are added in a canonical order (mentees by id, each one's mentors by id); the solver is
/// deterministic, so the same input gives the same plan even among ties.
/// </remarks>
internal static class AssignmentFlow
{
    private const int Source = 0;
    private const int Sink = 1;

    /// <summary>For each mentee, the index into its candidates of the mentor chosen, or −1.</summary>
    public static int[] Solve(IReadOnlyList<MenteeCandidates> mentees, Func<int, int> freePlacesAt)
    {
        var mentorPositions = mentees.SelectMany(m => m.MentorPositions).Distinct().Order().ToArray();
        var mentorNode = new Dictionary<int, int>(mentorPositions.Length);
        var firstMentorNode = 2 + mentees.Count;
        for (var i = 0; i < mentorPositions.Length; i++)
        {
            mentorNode[mentorPositions[i]] = firstMentorNode + i;
        }

        var highest = mentees.SelectMany(m => m.ScaledScores).DefaultIfEmpty(0).Max();
        using var flow = new MinCostFlow();
        var firstArc = new int[mentees.Count];
        for (var m = 0; m < mentees.Count; m++)
        {
            flow.AddArcWithCapacityAndUnitCost(Source, 2 + m, 1, 0);
            firstArc[m] = flow.NumArcs();
            for (var c = 0; c < mentees[m].MentorPositions.Length; c++)
            {
                flow.AddArcWithCapacityAndUnitCost(2 + m, mentorNode[mentees[m].MentorPositions[c]], 1, highest - mentees[m].ScaledScores[c]);
            }
        }

        foreach (var position in mentorPositions)
        {
            flow.AddArcWithCapacityAndUnitCost(mentorNode[position], Sink, freePlacesAt(position), 0);
        }

        flow.SetNodeSupply(Source, mentees.Count);
        flow.SetNodeSupply(Sink, -mentees.Count);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with status {status}.");
        }

        var chosen = new int[mentees.Count];
        for (var m = 0; m < mentees.Count; m++)
        {
            chosen[m] = -1;
            for (var c = 0; c < mentees[m].MentorPositions.Length; c++)
            {
                if (flow.Flow(firstArc[m] + c) > 0)
                {
                    chosen[m] = c;
                }
            }
        }

        return chosen;
    }
}
