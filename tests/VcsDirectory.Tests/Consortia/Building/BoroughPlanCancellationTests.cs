using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Jobs;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Building;

/// <summary>A borough plan run as a job reports its phases and stops CP-SAT's search when cancelled.</summary>
public class BoroughPlanCancellationTests
{
    // Both centres' best consortia need organisation 1, so the borough model itself is solved.
    private static readonly ConsortiumCentre[] Centres = [Centre(1, required: ["EARLY_YEARS", "SEND"], reach: [1]), Centre(2, required: ["EARLY_YEARS"], reach: [1])];
    private static readonly ConsortiumCandidate[] Organisations = [Candidate(1, delivers: ["EARLY_YEARS", "SEND"]), Candidate(2, lead: false)];

    [Fact]
    public void Progress_goes_through_each_centre_then_the_borough_model()
    {
        var phases = new List<JobProgress>();

        BoroughConsortiumPlanner.Plan(Centres, Organisations, new BoroughPlanRequest(ConsortiumKind.LeadPartner), new Recorder(phases.Add));

        Assert.Equal(["finding each centre's best consortium alone", "solving the borough model"], phases.Select(p => p.Phase).Distinct());
        Assert.Equal(phases.Select(p => p.Percent).Order(), phases.Select(p => p.Percent));
    }

    [Theory]
    [InlineData("finding each centre's best consortium alone")]
    [InlineData("solving the borough model")]
    public void Cancelling_during_a_phase_stops_the_plan(string phase)
    {
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => BoroughConsortiumPlanner.Plan(
            Centres, Organisations, new BoroughPlanRequest(ConsortiumKind.LeadPartner), new Recorder(p => { if (p.Phase == phase) { cancel.Cancel(); } }), cancel.Token));
    }

    private sealed class Recorder(Action<JobProgress> report) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => report(value);
    }
}
