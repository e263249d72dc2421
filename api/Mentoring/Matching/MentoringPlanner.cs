namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// The borough-wide plan: as many mentees matched as possible, then the greatest total score, each mentor within its
/// free places and each mentee given at most one new mentor; Accepted and Active pairings are kept as they are.
/// </summary>
/// <remarks>
/// Exact when <see cref="PlanInput.CandidatesPerMentee"/> is null (the default): the optimum over every eligible pair,
/// up to scores rounded to 10⁻⁶, reached by a min-cost max-flow over a growing subset of the pairs
/// (<see cref="AssignmentSolver"/>). With a K, each mentee keeps only its K best mentors and there is a single solve:
/// a mentee whose K best are all full cannot fall back on its (K+1)th, so the plan can match fewer mentees or score
/// lower than the exact one; a K at least the number of eligible mentors is exact.
/// Every eligible pair is scored, so the time grows with mentors × mentees: about 1 s at 10,000 organisations, minutes
/// at 50,000 (see the benchmarks). Memory does not: each mentee stores only its best pairs, within
/// <see cref="PlanCandidates.ArcBudget"/> for the whole plan, and the others are scored again only where the solver's
/// potentials say they could improve it (<see cref="DroppedArcs"/>). An Accepted or Active pairing with an organisation
/// missing from the pool still holds its mentor's place but is not listed.
/// </remarks>
public static class MentoringPlanner
{
    /// <summary>Cancellation is checked while candidates are scored and between solver rounds (a flow solve itself cannot be interrupted).</summary>
    public static MentoringPlan Plan(PlanInput input, IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Plan(input, PlanCandidates.ArcBudget, progress, cancellationToken);

    /// <param name="arcBudget">How many arcs the plan may store; any budget gives the same objective (tests set a tiny one so dropped arcs are priced).</param>
    internal static MentoringPlan Plan(PlanInput input, int arcBudget, IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.CandidatesPerMentee ?? 1, nameof(input.CandidatesPerMentee));
        var pool = input.Pool;
        var index = pool.Index;
        var pinned = pool.History.PlaceHoldingPairings
            .Where(p => index.Find(p.MentorId) is not null && index.Find(p.MenteeId) is not null)
            .ToList();
        var pinnedMentees = pinned.Select(p => p.MenteeId).ToHashSet();
        var scope = Enumerable.Range(0, index.Count)
            .Where(position => IsInScope(index.ProfileAt(position), input, pinnedMentees))
            .ToList();
        var inScope = scope.Select(position => index.ProfileAt(position).Id).ToHashSet();

        var pinnedPairings = pinned
            .Where(p => inScope.Contains(p.MenteeId))
            .Select(p => new PlannedPairing(ScoreOf(pool, p.MentorId, p.MenteeId), Pinned: true))
            .ToList();
        var open = scope.Where(position => !pinnedMentees.Contains(index.ProfileAt(position).Id)).ToList();
        var stored = PlanCandidates.StoredPerMentee(arcBudget, open.Count, input.CandidatesPerMentee ?? 1);
        var (problem, mentors) = PlanCandidates.For(pool, open, stored, progress, cancellationToken);
        var solved = AssignmentSolver.Solve(problem, input.CandidatesPerMentee, progress: progress, cancellationToken: cancellationToken);
        var chosen = solved.Chosen;

        var newPairings = new List<PlannedPairing>();
        var unmatched = new List<UnmatchedMentee>();
        for (var m = 0; m < open.Count; m++)
        {
            var menteeId = index.ProfileAt(open[m]).Id;
            var eligible = problem.EligibleCounts[m];
            if (chosen[m] >= 0)
            {
                var mentorId = index.ProfileAt(mentors[problem.Slots[m][chosen[m]]]).Id;
                newPairings.Add(new PlannedPairing(ScoreOf(pool, mentorId, menteeId), Pinned: false));
            }
            else
            {
                unmatched.Add(new UnmatchedMentee(menteeId, eligible == 0 ? UnmatchedReason.NoEligibleMentor : UnmatchedReason.CapacityExhausted, eligible));
            }
        }

        List<PlannedPairing> pairings = [.. pinnedPairings, .. newPairings];
        var objective = new PlanObjective(
            pinnedPairings.Select(p => p.Score.MenteeId).Distinct().Count() + newPairings.Count,
            pairings.Sum(p => p.Score.Total));
        var counts = new PlanCounts(
            scope.Count,
            pinnedPairings.Count,
            newPairings.Count,
            unmatched.Count,
            mentors.Length,
            checked((int)problem.CandidateArcs),
            solved.ArcsSolved,
            solved.Rounds,
            checked((int)problem.StoredArcs),
            solved.RescoredPairs,
            solved.RecoveredArcs);
        return new MentoringPlan(pairings, unmatched, objective, counts);
    }

    private static bool IsInScope(MatchProfile organisation, PlanInput input, HashSet<int> pinnedMentees) =>
        (organisation.HasNeeds || pinnedMentees.Contains(organisation.Id)) &&
        (input.MenteeWardIds is null || input.MenteeWardIds.Overlaps(organisation.Organisation.WardIds)) &&
        (input.NeedAreaIds is null || input.NeedAreaIds.Overlaps(organisation.NeedAreaIds));

    private static MatchScore ScoreOf(MatchingPool pool, int mentorId, int menteeId)
    {
        var mentor = pool.Index.ProfileAt(pool.Index.RequirePosition(mentorId));
        var mentee = pool.Index.ProfileAt(pool.Index.RequirePosition(menteeId));
        return pool.Scorer.Score(mentor, mentee, pool.History.FreePlaces(mentor.Organisation));
    }
}
