using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Jobs;

public sealed class MentoringPlanJobTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string PlanFields = """
        objective { matchedMentees totalScore }
        counts { menteesConsidered pinnedPairings newPairings unmatchedMentees candidateArcs candidateMentors }
        pairings { pinned match { score mentor { id } mentee { id } components { kind contribution } } }
        unmatched { reason eligibleMentors mentee { id } }
        """;

    private static readonly object Input = new { wards = new[] { "ALDERNEY", "NEWTOWN", "PARKSTONE", "POOLE_TOWN" } };

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task A_plan_job_succeeds_with_the_plan_the_query_gives_for_the_same_input()
    {
        var expected = (await _staff.QueryDataAsync($"query($input: MentoringPlanInput) {{ mentoringPlan(input: $input) {{ {PlanFields} }} }}", new { input = Input }))["mentoringPlan"]!;

        var id = await JobClient.StartMentoringPlanAsync(_staff, Input);
        var job = await JobClient.WaitAsync(_staff, id, $"mentoringPlan {{ {PlanFields} }}");

        Assert.Equal(("SUCCEEDED", 100, "mentoringPlan", "staff-1"), (job["status"]!.GetValue<string>(), job["progress"]!.GetValue<int>(), job["kind"]!.GetValue<string>(), job["startedBy"]!.GetValue<string>()));
        Assert.NotNull(job["startedAt"]);
        Assert.NotNull(job["finishedAt"]);
        Assert.False(job["stale"]!.GetValue<bool>());
        Assert.Equal(expected.ToJsonString(), job["mentoringPlan"]!.ToJsonString());
    }

    [Fact]
    public async Task A_new_job_is_answered_queued_with_its_id_and_node_finds_it()
    {
        var payload = (await _staff.QueryDataAsync(JobClient.StartMentoringPlan, new { input = Input }))["startMentoringPlanJob"]!;
        var id = payload["job"]!["id"]!.GetValue<string>();

        var node = (await _staff.QueryDataAsync("query($id: ID!) { node(id: $id) { id ... on Job { kind startedBy } } }", new { id }))["node"]!;

        Assert.Contains(payload["job"]!["status"]!.GetValue<string>(), new[] { "QUEUED", "RUNNING", "SUCCEEDED" });
        Assert.Equal((id, "mentoringPlan"), (node["id"]!.GetValue<string>(), node["kind"]!.GetValue<string>()));
        await JobClient.WaitAsync(_staff, id);
    }

    [Fact]
    public async Task An_unknown_code_is_a_user_error_at_its_path_and_starts_nothing()
    {
        var before = await JobCount();

        var payload = (await _staff.QueryDataAsync(JobClient.StartMentoringPlan, new { input = new { wards = new[] { "NEWTOWN", "ATLANTIS" } } }))["startMentoringPlanJob"]!;

        var error = Assert.Single(payload["userErrors"]!.AsArray())!;
        Assert.Equal("UNKNOWN_REFERENCE", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "wards", "1"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(payload["job"]);
        Assert.Equal(before, await JobCount());
    }

    [Fact]
    public async Task A_result_is_withheld_once_the_directory_changes()
    {
        var id = await JobClient.StartMentoringPlanAsync(_staff, Input);
        Assert.Equal("SUCCEEDED", (await JobClient.WaitAsync(_staff, id))["status"]!.GetValue<string>());

        await Data.DataVersionTests.AddNeedAsync(factory, families: 2);
        var job = (await _staff.QueryDataAsync("query($id: ID!) { job(id: $id) { status stale mentoringPlan { objective { matchedMentees } } } }", new { id }))["job"]!;

        Assert.Equal("SUCCEEDED", job["status"]!.GetValue<string>());
        Assert.True(job["stale"]!.GetValue<bool>());
        Assert.Null(job["mentoringPlan"]);
    }

    [Fact]
    public async Task Starting_a_job_does_not_make_another_jobs_result_stale()
    {
        var first = await JobClient.StartMentoringPlanAsync(_staff, Input);
        await JobClient.WaitAsync(_staff, first);

        await JobClient.WaitAsync(_staff, await JobClient.StartMentoringPlanAsync(_staff));
        var job = (await _staff.QueryDataAsync("query($id: ID!) { job(id: $id) { stale mentoringPlan { counts { newPairings } } } }", new { id = first }))["job"]!;

        Assert.False(job["stale"]!.GetValue<bool>());
        Assert.NotNull(job["mentoringPlan"]);
    }

    [Fact]
    public async Task Starting_a_job_is_audited()
    {
        var id = await JobClient.StartMentoringPlanAsync(_staff, Input);
        await JobClient.WaitAsync(_staff, id);

        var trail = (await _staff.QueryDataAsync("{ auditTrail(where: { entityType: { eq: \"Job\" } }) { nodes { action actor entityId } } }"))["auditTrail"]!["nodes"]!.AsArray();

        Assert.Contains(trail, e => e!["action"]!.GetValue<string>() == "startMentoringPlanJob" && e["actor"]!.GetValue<string>() == "staff-1");
    }

    private async Task<int> JobCount() =>
        (await _staff.QueryDataAsync("{ auditTrail(where: { entityType: { eq: \"Job\" } }) { totalCount } }"))["auditTrail"]!["totalCount"]!.GetValue<int>();
}
