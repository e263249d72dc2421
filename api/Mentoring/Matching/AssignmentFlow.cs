using Google.OrTools.Graph;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// One solve of the assignment over a set of kept arcs, as a min-cost max-flow (OR-Tools SimpleMinCostFlow, named
/// MinCostFlow in .NET): source → mentee (capacity 1), mentee → mentor (capacity 1, cost from the score),
/// mentor → sink (capacity = free places). A maximum flow matches as many mentees as possible; among those, the
/// least cost is the greatest total score.
/// </summary>
/// <remarks>
/// Cost = highest score − score ≥ 0, so the solver never sees a negative cost. Every unit of flow crosses exactly one
/// mentee → mentor arc and a maximum flow's size is fixed, so costing from a constant shifts every maximum flow's
/// cost by the same amount and leaves the best one alone. Arcs are added in a canonical order (mentees, then each
/// one's mentors, ascending) and the solver is deterministic, so the same input gives the same plan even among ties.
/// </remarks>
internal static class AssignmentFlow
{
    private const int Source = 0;
    private const int Sink = 1;

    /// <summary>For each mentee, the candidate index of the mentor chosen, or −1.</summary>
    public static int[] Solve(AssignmentProblem problem, List<int>[] kept)
    {
        int MenteeNode(int m) => 2 + m;
        int MentorNode(int j) => 2 + problem.MenteeCount + j;

        using var flow = new MinCostFlow();
        var firstArc = new int[problem.MenteeCount];
        for (var m = 0; m < problem.MenteeCount; m++)
        {
            flow.AddArcWithCapacityAndUnitCost(Source, MenteeNode(m), 1, 0);
            firstArc[m] = flow.NumArcs();
            foreach (var c in kept[m])
            {
                flow.AddArcWithCapacityAndUnitCost(MenteeNode(m), MentorNode(problem.Slots[m][c]), 1, problem.HighestScore - problem.Scores[m][c]);
            }
        }

        for (var j = 0; j < problem.MentorCount; j++)
        {
            flow.AddArcWithCapacityAndUnitCost(MentorNode(j), Sink, problem.Capacities[j], 0);
        }

        flow.SetNodeSupply(Source, problem.MenteeCount);
        flow.SetNodeSupply(Sink, -problem.MenteeCount);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with status {status}.");
        }

        var chosen = new int[problem.MenteeCount];
        for (var m = 0; m < problem.MenteeCount; m++)
        {
            chosen[m] = -1;
            for (var k = 0; k < kept[m].Count; k++)
            {
                if (flow.Flow(firstArc[m] + k) > 0)
                {
                    chosen[m] = kept[m][k];
                }
            }
        }

        return chosen;
    }
}
