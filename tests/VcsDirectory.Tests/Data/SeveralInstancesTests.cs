using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Jobs;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// Two API instances on one PostgreSQL database, as a deployment behind a load balancer runs: what one writes
/// the other reads at once, optimistic concurrency holds across them, and nothing kept in memory goes stale.
/// Run with <c>VCSDIRECTORY_TEST_POSTGRES="Host=…;Username=…;Database=postgres" dotnet test</c> (`.ci/postgres start DIR` makes a server).
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private const string Update = "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { organisation { version description } userErrors { code } } }";
    private const string Read = "query($id: ID!) { organisation(id: $id) { version description mentorSuggestions(first: 3) { mentor { databaseId } } } }";

    private readonly DirectoryApiFactory _first = new();
    private readonly DirectoryApiFactory _second;

    public SeveralInstancesTests()
    {
        _second = _first.AnotherInstance();
    }

    [SkippableFact]
    public async Task A_write_through_one_instance_is_read_through_the_other_at_once()
    {
        SkipUnlessPostgres();
        var id = OrganisationState.Id(12);
        var before = (await _second.CreateClient().QueryDataAsync(Read, new { id }))["organisation"]!;

        await _first.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(Update, new { input = new { id, version = before["version"]!.GetValue<int>(), description = "Written through the first instance" } });
        var after = (await _second.CreateClient().QueryDataAsync(Read, new { id }))["organisation"]!;

        Assert.Equal("Written through the first instance", after["description"]!.GetValue<string>());
        Assert.Equal(before["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Optimistic_concurrency_holds_across_instances()
    {
        SkipUnlessPostgres();
        var id = OrganisationState.Id(13);
        var version = (await _first.CreateClient().QueryDataAsync(Read, new { id }))["organisation"]!["version"]!.GetValue<int>();
        var clients = new[] { _first, _second, _first, _second }.Select(f => f.CreateClient().WithToken(TestTokens.CvsStaff())).ToList();

        var responses = await Task.WhenAll(clients.Select((c, i) => c.QueryDataAsync(Update, new { input = new { id, version, description = $"Edit {i}" } })));

        Assert.Single(responses, r => r["updateOrganisationProfile"]!["organisation"] is not null);
        Assert.Equal(version + 1, (await _second.CreateClient().QueryDataAsync(Read, new { id }))["organisation"]!["version"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Mentoring_suggestions_follow_a_change_made_through_the_other_instance()
    {
        SkipUnlessPostgres();
        var mentee = OrganisationState.Id(14);
        var suggested = (await _second.CreateClient().QueryDataAsync(Read, new { id = mentee }))["organisation"]!["mentorSuggestions"]!.AsArray();
        Skip.If(suggested.Count == 0, "The demo organisation 14 has no suggested mentor to withdraw.");
        var mentor = suggested[0]!["mentor"]!["databaseId"]!.GetValue<int>();
        var mentorState = await OrganisationState.ReadAsync(_first, mentor);

        await _first.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(
            "mutation($input: SetOrganisationWillingnessInput!) { setOrganisationWillingness(input: $input) { userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(mentor), version = mentorState["version"]!.GetValue<int>(), willingness = new { toMentor = false, maxMentees = 0, toLeadConsortium = false, toJoinConsortium = false, toManageCentre = false, toAddValue = false } } });
        var after = (await _second.CreateClient().QueryDataAsync(Read, new { id = mentee }))["organisation"]!["mentorSuggestions"]!.AsArray();

        Assert.DoesNotContain(after, s => s!["mentor"]!["databaseId"]!.GetValue<int>() == mentor);
    }

    [SkippableFact]
    public async Task Detection_on_one_instance_follows_a_need_saved_through_the_other_though_its_snapshot_was_warm()
    {
        SkipUnlessPostgres();
        const string Detect = "{ detectNeedClusters { needsConsidered } }";
        var before = (await _second.CreateClient().QueryDataAsync(Detect))["detectNeedClusters"]!["needsConsidered"]!.GetValue<int>();
        await _second.CreateClient().QueryDataAsync(Detect);

        await DataVersionTests.AddNeedAsync(_first, families: 3);
        var after = (await _second.CreateClient().QueryDataAsync(Detect))["detectNeedClusters"]!["needsConsidered"]!.GetValue<int>();

        Assert.Equal(before + 1, after);
    }

    [SkippableFact]
    public async Task Suggestions_on_one_instance_follow_an_edit_through_the_other_though_its_snapshot_was_warm()
    {
        SkipUnlessPostgres();
        // The first demo organisation from 15 on with a suggested mentor (15 itself records no needs, so it has none).
        var (mentee, suggested) = await MenteeWithSuggestionsAsync(15);
        var mentor = suggested[0]!["mentor"]!["databaseId"]!.GetValue<int>();
        var version = (await OrganisationState.ReadAsync(_first, mentor))["version"]!.GetValue<int>();

        await _first.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(
            "mutation($input: ArchiveOrganisationInput!) { archiveOrganisation(input: $input) { userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(mentor), version, reason = "Closed" } });
        var after = (await _second.CreateClient().QueryDataAsync(Read, new { id = mentee }))["organisation"]!["mentorSuggestions"]!.AsArray();

        Assert.DoesNotContain(after, s => s!["mentor"]!["databaseId"]!.GetValue<int>() == mentor);
    }

    [SkippableFact]
    public async Task A_job_started_through_one_instance_is_polled_to_its_result_through_the_other()
    {
        SkipUnlessPostgres();
        const string Plan = "counts { newPairings unmatchedMentees } objective { matchedMentees totalScore }";
        var id = await JobClient.StartMentoringPlanAsync(_first.CreateClient().WithToken(TestTokens.CvsStaff()));

        var job = await JobClient.WaitAsync(_second.CreateClient().WithToken(TestTokens.CvsStaff()), id, $"mentoringPlan {{ {Plan} }}");
        var expected = (await _second.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync($"{{ mentoringPlan {{ {Plan} }} }}"))["mentoringPlan"]!;

        Assert.Equal("SUCCEEDED", job["status"]!.GetValue<string>());
        Assert.Equal(expected.ToJsonString(), job["mentoringPlan"]!.ToJsonString());
    }

    [SkippableFact]
    public async Task A_job_result_read_through_one_instance_goes_stale_with_a_write_through_the_other()
    {
        SkipUnlessPostgres();
        var staff = _second.CreateClient().WithToken(TestTokens.CvsStaff());
        var id = await JobClient.StartMentoringPlanAsync(staff);
        await JobClient.WaitAsync(staff, id);

        await DataVersionTests.AddNeedAsync(_first, families: 2);
        var job = (await staff.QueryDataAsync("query($id: ID!) { job(id: $id) { stale mentoringPlan { counts { newPairings } } } }", new { id }))["job"]!;

        Assert.True(job["stale"]!.GetValue<bool>());
        Assert.Null(job["mentoringPlan"]);
    }

    private async Task<(string Mentee, JsonArray Suggested)> MenteeWithSuggestionsAsync(int from)
    {
        for (var number = from; number < from + 30; number++)
        {
            var mentee = OrganisationState.Id(number);
            var suggested = (await _second.CreateClient().QueryDataAsync(Read, new { id = mentee }))["organisation"]!["mentorSuggestions"]!.AsArray();
            if (suggested.Count > 0)
            {
                return (mentee, suggested);
            }
        }

        throw new InvalidOperationException($"No demo organisation from {from} to {from + 29} has a suggested mentor.");
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private static void SkipUnlessPostgres() => Skip.IfNot(
        TestDatabase.IsPostgres,
        $"Several instances share one PostgreSQL: set {TestDatabase.PostgresVariable} to a server's connection string (`.ci/postgres start /tmp/pg` prints one) and run dotnet test again.");
}
