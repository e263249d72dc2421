using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Jobs;

/// <summary>
/// Jobs live in the database, not in an instance: one instance queues, another runs, either answers, and a job left
/// RUNNING by an instance that died is marked FAILED (abandoned) once its claim has run out. On either engine.
/// </summary>
public sealed class JobInstancesTests : IDisposable
{
    private readonly DirectoryApiFactory _first = new();

    [Fact]
    public async Task A_job_queued_on_an_instance_without_workers_waits_and_is_cancelled_at_once()
    {
        _first.Settings["Jobs:Workers"] = "0";
        var staff = _first.CreateClient().WithToken(TestTokens.CvsStaff());
        var id = await JobClient.StartMentoringPlanAsync(staff);

        var queued = (await staff.QueryDataAsync(JobClient.Read, new { id }))["job"]!;
        var cancelled = (await staff.QueryDataAsync(JobClient.Cancel, new { input = new { id } }))["cancelJob"]!;
        var trail = (await staff.QueryDataAsync("{ auditTrail(where: { action: { eq: \"cancelJob\" } }) { totalCount } }"))["auditTrail"]!;

        Assert.Equal(("QUEUED", 0), (queued["status"]!.GetValue<string>(), queued["progress"]!.GetValue<int>()));
        Assert.Empty(cancelled["userErrors"]!.AsArray());
        Assert.Equal("CANCELLED", cancelled["job"]!["status"]!.GetValue<string>());
        Assert.True(cancelled["job"]!["cancelRequested"]!.GetValue<bool>());
        Assert.Equal(1, trail["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_job_queued_through_one_instance_is_run_by_another_and_read_through_either()
    {
        _first.Settings["Jobs:Workers"] = "0";
        var staff = _first.CreateClient().WithToken(TestTokens.CvsStaff());
        var id = await JobClient.StartMentoringPlanAsync(staff);

        using var worker = _first.AnotherInstance();
        worker.Settings["Jobs:PollSeconds"] = "0.2";
        var done = await JobClient.WaitAsync(worker.CreateClient().WithToken(TestTokens.CvsStaff()), id);
        var readHere = (await staff.QueryDataAsync("query($id: ID!) { job(id: $id) { status mentoringPlan { counts { newPairings } } } }", new { id }))["job"]!;

        Assert.Equal("SUCCEEDED", done["status"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", readHere["status"]!.GetValue<string>());
        Assert.NotNull(readHere["mentoringPlan"]);
    }

    [Fact]
    public async Task A_job_left_running_by_a_dead_instance_is_failed_as_abandoned_when_an_instance_starts()
    {
        _first.CreateClient();
        int id;
        using (var scope = _first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var job = new Job
            {
                Kind = "mentoringPlan", Status = JobStatus.Running, Input = "{\"Wards\":[],\"Needs\":[]}", StartedBy = "staff-1", Phase = "scoring candidate pairs", Progress = 30,
                CreatedAt = DateTime.UtcNow.AddMinutes(-5), StartedAt = DateTime.UtcNow.AddMinutes(-5), LeaseOwner = "an instance that died", LeaseExpiresAt = DateTime.UtcNow.AddMinutes(-4),
            };
            db.Add(job);
            await db.SaveChangesAsync();
            id = job.Id;
        }

        using var restarted = _first.AnotherInstance();
        var read = (await restarted.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(JobClient.Read, new { id = Api.GraphQL.Nodes.GlobalId.Encode("Job", id) }))["job"]!;

        Assert.Equal("FAILED", read["status"]!.GetValue<string>());
        Assert.StartsWith("Abandoned", read["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(read["finishedAt"]);
    }

    [Fact]
    public async Task Running_a_job_does_not_move_the_data_version()
    {
        var staff = _first.CreateClient().WithToken(TestTokens.CvsStaff());
        var before = await VersionAsync();

        await JobClient.WaitAsync(staff, await JobClient.StartMentoringPlanAsync(staff));

        Assert.Equal(before, await VersionAsync());
    }

    public void Dispose() => _first.Dispose();

    private async Task<long> VersionAsync()
    {
        using var scope = _first.Services.CreateScope();
        return await DataVersionReader.ReadAsync(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>(), CancellationToken.None);
    }
}
