using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Tests.Mentoring.Matching;

/// <summary>A plan run as a job reports its progress and stops when cancelled, while scoring or between solver rounds.</summary>
public class MentoringPlanCancellationTests
{
    private static MatchingPool Pool()
    {
        var random = new Random(7);
        var organisations = RandomInstances.Planning(random, mentors: 40, mentees: 600);
        return new MatchingPool(organisations, RandomInstances.History(random, organisations), MatchingWeights.Default);
    }

    [Fact]
    public void Progress_rises_through_scoring_and_solving_and_the_plan_is_the_same_as_without_it()
    {
        var pool = Pool();
        var reports = new List<PlanProgress>();

        var plan = MentoringPlanner.Plan(new PlanInput(pool), new Recorder(p => { lock (reports) { reports.Add(p); } }));

        Assert.Contains(reports, r => r.Phase == "scoring candidate pairs");
        Assert.Contains(reports, r => r.Phase == "solving, round 1");
        Assert.All(reports, r => Assert.InRange(r.Done, 0, 1));
        Assert.Equal(MentoringPlanner.Plan(new PlanInput(pool)).Objective, plan.Objective);
    }

    [Theory]
    [InlineData("scoring candidate pairs")]
    [InlineData("solving, round 1")]
    public void Cancelling_during_a_phase_stops_the_plan(string phase)
    {
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            MentoringPlanner.Plan(new PlanInput(Pool()), new Recorder(p => { if (p.Phase == phase) { cancel.Cancel(); } }), cancel.Token));
    }

    /// <summary>Synchronous, unlike <see cref="Progress{T}"/>, so the cancellation lands before the planner goes on.</summary>
    private sealed class Recorder(Action<PlanProgress> report) : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => report(value);
    }
}
