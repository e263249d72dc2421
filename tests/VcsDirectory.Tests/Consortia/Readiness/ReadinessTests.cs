using VcsDirectory.Api.Consortia.Readiness;
using R = VcsDirectory.Api.Consortia.Readiness.Readiness;

namespace VcsDirectory.Tests.Consortia.Readiness;

public class ReadinessTests
{
    [Fact]
    public void Readiness_is_the_share_of_required_areas_already_strong_with_the_rest_as_gaps()
    {
        var strengths = new Dictionary<string, int> { ["GOVERNANCE"] = 3, ["FINANCIAL_MANAGEMENT"] = 1, ["PARTNERSHIP_WORKING"] = 2, ["DIGITAL"] = 3 };

        var readiness = R.Of(strengths, ReadinessAim.LeadConsortium, ReadinessRequirements.Default);

        Assert.Equal(0.5, readiness.Share);
        Assert.Equal(["GOVERNANCE", "PARTNERSHIP_WORKING"], readiness.StrongAreas);
        Assert.Equal(["FINANCIAL_MANAGEMENT", "OUTCOMES_MEASUREMENT"], readiness.Gaps);
        Assert.False(readiness.IsReady);
    }

    [Fact]
    public void An_organisation_strong_in_every_required_area_is_ready()
    {
        var readiness = R.Of(new Dictionary<string, int> { ["SAFEGUARDING"] = 2, ["OUTCOMES_MEASUREMENT"] = 2 }, ReadinessAim.JoinConsortium, ReadinessRequirements.Default);

        Assert.True(readiness.IsReady);
        Assert.Equal(1, readiness.Share);
    }
}
