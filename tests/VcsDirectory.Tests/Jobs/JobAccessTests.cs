using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Jobs;

/// <summary>Who may start, see and cancel jobs: the role matrix through GraphQL.</summary>
public sealed class JobAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public static TheoryData<string?, string> NotStaff => new()
    {
        { null, "UNAUTHENTICATED" },
        { TestTokens.CoordinatorOf(1), "FORBIDDEN" },
        { TestTokens.CentreManagerOf(1), "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(NotStaff))]
    public async Task Only_CVS_staff_start_a_mentoring_plan_job(string? token, string code)
    {
        var response = await factory.CreateClient().WithToken(token).PostGraphQLAsync(JobClient.StartMentoringPlan, new { input = new { } });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(NotStaff))]
    public async Task Only_CVS_staff_start_a_consortium_plan_job(string? token, string code)
    {
        var response = await factory.CreateClient().WithToken(token).PostGraphQLAsync(JobClient.StartConsortiumPlan, new { input = new { kind = "LEAD_PARTNER" } });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Theory]
    [InlineData("starter", true)]
    [InlineData("other-staff", true)]
    [InlineData("coordinator", false)]
    [InlineData("manager", false)]
    public async Task A_job_is_seen_by_whoever_started_it_and_by_CVS_staff_only(string who, bool sees)
    {
        var id = await JobClient.StartMentoringPlanAsync(factory.CreateClient().WithToken(TestTokens.CvsStaff("starter")));

        var job = (await factory.CreateClient().WithToken(Token(who)).QueryDataAsync("query($id: ID!) { job(id: $id) { id } node(id: $id) { id } }", new { id }));

        Assert.Equal(sees, job["job"] is not null);
        Assert.Equal(sees, job["node"] is not null);
    }

    [Fact]
    public async Task Asking_for_a_job_needs_a_signed_in_caller_and_node_answers_null_without_one()
    {
        var id = await JobClient.StartMentoringPlanAsync(factory.CreateClient().WithToken(TestTokens.CvsStaff()));

        var job = await factory.CreateClient().PostGraphQLAsync("query($id: ID!) { job(id: $id) { id } }", new { id });
        var node = await factory.CreateClient().QueryDataAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(["UNAUTHENTICATED"], job.ErrorCodes);
        Assert.Null(node["node"]);
    }

    [Fact]
    public async Task Cancelling_needs_a_signed_in_caller()
    {
        var id = await JobClient.StartMentoringPlanAsync(factory.CreateClient().WithToken(TestTokens.CvsStaff()));

        var response = await factory.CreateClient().PostGraphQLAsync(JobClient.Cancel, new { input = new { id } });

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("manager")]
    public async Task Someone_who_may_not_see_a_job_is_told_there_is_no_such_job_and_it_goes_on(string who)
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var id = await JobClient.StartMentoringPlanAsync(staff);

        var payload = (await factory.CreateClient().WithToken(Token(who)).QueryDataAsync(JobClient.Cancel, new { input = new { id } }))["cancelJob"]!;

        Assert.Equal("NOT_FOUND", Assert.Single(payload["userErrors"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.NotEqual("CANCELLED", (await JobClient.WaitAsync(staff, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_finished_job_cannot_be_cancelled()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var id = await JobClient.StartMentoringPlanAsync(staff);
        await JobClient.WaitAsync(staff, id);

        var payload = (await staff.QueryDataAsync(JobClient.Cancel, new { input = new { id } }))["cancelJob"]!;

        Assert.Equal("INVALID_STATE", Assert.Single(payload["userErrors"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Null(payload["job"]);
    }

    [Fact]
    public async Task An_id_of_another_type_is_an_invalid_id()
    {
        var response = await factory.CreateClient().WithToken(TestTokens.CvsStaff()).PostGraphQLAsync(JobClient.Read, new { id = "T3JnYW5pc2F0aW9uOjE=" });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
    }

    private static string? Token(string who) => who switch
    {
        "starter" => TestTokens.CvsStaff("starter"),
        "other-staff" => TestTokens.CvsStaff("other-staff"),
        "coordinator" => TestTokens.CoordinatorOf(1),
        "manager" => TestTokens.CentreManagerOf(1),
        _ => null,
    };
}
