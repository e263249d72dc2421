using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Readiness;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Readiness;

public class ReadinessForecastTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static ForecastOrganisation Organisation(int id, Dictionary<string, int> strengths, params PlannedStep[] steps) => new(id, strengths, steps);

    [Fact]
    public void Organisations_whose_steps_fall_due_by_the_horizon_count_as_ready_then()
    {
        var joiner = new Dictionary<string, int> { ["SAFEGUARDING"] = 2 };
        ForecastOrganisation[] organisations =
        [
            Organisation(1, new() { ["SAFEGUARDING"] = 3, ["OUTCOMES_MEASUREMENT"] = 2 }),
            Organisation(2, joiner, new PlannedStep("OUTCOMES_MEASUREMENT", Today.AddMonths(6))),
            Organisation(3, joiner, new PlannedStep("OUTCOMES_MEASUREMENT", Today.AddMonths(13))),
            Organisation(4, joiner, new PlannedStep("OUTCOMES_MEASUREMENT", Today.AddMonths(-1))),
        ];

        var join = ReadinessForecast.Project(organisations, Today, months: 12, ReadinessRequirements.Default).Single(a => a.Aim == ReadinessAim.JoinConsortium);

        Assert.Equal((1, 3), (join.ReadyNow, join.ReadyByHorizon));
        Assert.Equal([2, 4], join.NewlyReadyIds);
    }

    [Fact]
    public void A_step_never_lowers_a_strength()
    {
        var strengths = ReadinessForecast.StrengthsBy(Organisation(1, new() { ["HR"] = 3 }, new PlannedStep("HR", Today)), Today);

        Assert.Equal(3, strengths["HR"]);
    }

    [Fact]
    public void A_centre_no_lead_partner_consortium_can_form_for_today_is_unlocked_when_a_plan_makes_its_lead_strong()
    {
        var centre = Centre(required: ["EARLY_YEARS"]);
        var weak = Candidate(1, governance: 1);
        var plan = Organisation(1, new(weak.Strengths), new PlannedStep("GOVERNANCE", Today.AddMonths(9)));

        var unlocked = ReadinessForecast.CentresUnlocked(
            [centre], [weak], new Dictionary<int, IReadOnlyDictionary<string, int>> { [1] = ReadinessForecast.StrengthsBy(plan, Today.AddMonths(12)) },
            new ConsortiumRequest(ConsortiumKind.LeadPartner));

        Assert.Equal([new UnlockedCentre(centre.Id, 0, 1)], unlocked);
    }
}
