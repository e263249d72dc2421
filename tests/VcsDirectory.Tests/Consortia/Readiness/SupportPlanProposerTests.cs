using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Tests.Consortia.Readiness;

public class SupportPlanProposerTests
{
    private static readonly DateOnly Start = new(2026, 1, 15);
    private static readonly Dictionary<string, int> Weak = new() { ["SAFEGUARDING"] = 1 };

    private static SupportPlanProposal Propose(DateOnly target, Func<string, MentorForArea?>? mentors = null) =>
        SupportPlanProposer.Propose(7, Weak, ReadinessAim.JoinConsortium, Start, target, ReadinessRequirements.Default, mentors ?? (_ => null));

    [Fact]
    public void A_target_exactly_24_months_after_the_start_is_accepted()
    {
        Assert.Equal(730, Start.AddMonths(24).DayNumber - Start.DayNumber);
        Assert.Empty(Propose(Start.AddMonths(24)).Problems);
    }

    [Theory]
    [InlineData(731)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_target_more_than_24_months_after_the_start_or_not_after_it_is_out_of_range(int daysAfterStart)
    {
        var target = Start.AddDays(daysAfterStart);

        var proposal = Propose(target);

        var problem = Assert.Single(proposal.Problems);
        Assert.Equal(("input.targetDate", ProblemCodes.OutOfRange), (problem.Path, problem.Code));
        Assert.Empty(proposal.Steps);
    }

    [Fact]
    public void There_is_one_step_per_gap_due_at_equal_intervals_with_the_last_on_the_target_date()
    {
        var proposal = Propose(Start.AddMonths(18));

        Assert.Equal(["SAFEGUARDING", "OUTCOMES_MEASUREMENT"], proposal.Steps.Select(s => s.Area));
        Assert.Equal(Start.AddMonths(18), proposal.Steps[^1].DueDate);
        Assert.InRange(proposal.Steps[0].DueDate.DayNumber - Start.DayNumber, 272, 274);
    }

    [Fact]
    public void A_step_with_an_eligible_mentor_is_mentoring_with_its_explanation_and_one_without_is_cvs_advice()
    {
        var mentor = new MentorForArea(3, 0.8, "Strong in SAFEGUARDING and nearby.");

        var steps = Propose(Start.AddMonths(12), area => area == "SAFEGUARDING" ? mentor : null).Steps;

        Assert.Equal((SupportStepSource.Mentoring, mentor, "Strong in SAFEGUARDING and nearby."), (steps[0].Source, steps[0].Mentor, steps[0].Explanation));
        Assert.Equal((SupportStepSource.CvsAdvice, (MentorForArea?)null), (steps[1].Source, steps[1].Mentor));
        Assert.StartsWith("No eligible mentor is strong in OUTCOMES_MEASUREMENT", steps[1].Explanation);
    }

    [Fact]
    public void An_organisation_already_ready_gets_no_steps()
    {
        var ready = new Dictionary<string, int> { ["SAFEGUARDING"] = 2, ["OUTCOMES_MEASUREMENT"] = 3 };

        var proposal = SupportPlanProposer.Propose(7, ready, ReadinessAim.JoinConsortium, Start, Start.AddMonths(6), ReadinessRequirements.Default, _ => null);

        Assert.Empty(proposal.Steps);
        Assert.True(proposal.Readiness.IsReady);
    }
}
