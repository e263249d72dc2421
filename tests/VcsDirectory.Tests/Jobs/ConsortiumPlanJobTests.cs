using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Jobs;

public sealed class ConsortiumPlanJobTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string PlanFields = """
        objective { coveredCategories members wardPairs }
        consortia { centre { id } lead { id } members { organisation { id } role coveredCategories } }
        unformed { centre { id } reason }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task A_consortium_plan_job_succeeds_with_the_plan_the_query_gives()
    {
        var input = new { kind = "COMMUNITY", maxConsortiaPerOrganisation = 2 };
        var expected = (await _staff.QueryDataAsync($"query($input: ConsortiumPlanInput!) {{ consortiumPlan(input: $input) {{ {PlanFields} }} }}", new { input }))["consortiumPlan"]!;

        var payload = (await _staff.QueryDataAsync(JobClient.StartConsortiumPlan, new { input }))["startConsortiumPlanJob"]!;
        var job = await JobClient.WaitAsync(_staff, payload["job"]!["id"]!.GetValue<string>(), $"consortiumPlan {{ {PlanFields} }} mentoringPlan {{ counts {{ newPairings }} }}");

        Assert.Equal(("SUCCEEDED", "consortiumPlan"), (job["status"]!.GetValue<string>(), job["kind"]!.GetValue<string>()));
        Assert.Equal(expected.ToJsonString(), job["consortiumPlan"]!.ToJsonString());
        Assert.Null(job["mentoringPlan"]);
    }

    [Fact]
    public async Task A_lead_partner_plan_job_forms_consortia_under_a_longer_guard_than_a_request_has()
    {
        var payload = (await _staff.QueryDataAsync(JobClient.StartConsortiumPlan, new { input = new { kind = "LEAD_PARTNER" } }))["startConsortiumPlanJob"]!;
        var job = await JobClient.WaitAsync(_staff, payload["job"]!["id"]!.GetValue<string>(), $"consortiumPlan {{ {PlanFields} }}");

        Assert.Equal("SUCCEEDED", job["status"]!.GetValue<string>());
        Assert.NotEmpty(job["consortiumPlan"]!["consortia"]!.AsArray());
    }

    [Fact]
    public async Task Limits_out_of_range_are_user_errors_at_their_paths()
    {
        var payload = (await _staff.QueryDataAsync(JobClient.StartConsortiumPlan, new { input = new { kind = "COMMUNITY", maxConsortiaPerOrganisation = 0, radiusKm = 99.0 } }))["startConsortiumPlanJob"]!;

        Assert.Null(payload["job"]);
        Assert.Equal(
            ["input.maxConsortiaPerOrganisation:OUT_OF_RANGE", "input.radiusKm:OUT_OF_RANGE"],
            payload["userErrors"]!.AsArray().Select(e => $"{string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>()))}:{e["code"]!.GetValue<string>()}"));
    }
}
