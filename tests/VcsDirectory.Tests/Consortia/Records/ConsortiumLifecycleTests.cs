using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.Records;

/// <summary>FORMING → PROPOSED → ACTIVE → DISSOLVED with members invited, answering and leaving; invalid steps are user errors with a code.</summary>
public sealed class ConsortiumLifecycleTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task A_consortium_goes_from_forming_to_dissolved_with_its_dates()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var id = await scenario.JoinedAsync(scenario.Joiners[0]);

        var proposed = await scenario.RunAsync(TestTokens.CoordinatorOf(scenario.Lead), "submitConsortium", new { id, version = 3 });
        var active = await scenario.RunAsync(TestTokens.CvsStaff(), "activateConsortium", new { id, version = 4 });
        var dissolved = await scenario.RunAsync(TestTokens.CvsStaff(), "dissolveConsortium", new { id, version = 5 });
        var read = await scenario.ReadAsync(id);

        Assert.Equal(["PROPOSED", "ACTIVE", "DISSOLVED"], new[] { proposed, active, dissolved }.Select(p => p["consortium"]!["status"]!.GetValue<string>()));
        Assert.All(new[] { "proposedAt", "activatedAt", "dissolvedAt" }, date => Assert.NotNull(read[date]));
        Assert.Equal(["ACCEPTED", "ACCEPTED"], read["members"]!.AsArray().Select(m => m!["invitation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_step_out_of_order_is_an_invalid_state_user_error_and_writes_nothing()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var id = await scenario.FormingAsync();

        var activate = await scenario.RunAsync(TestTokens.CvsStaff(), "activateConsortium", new { id, version = 1 });

        Assert.Equal(("input.id", "INVALID_STATE"), ConsortiumScenario.FirstError(activate));
        Assert.Equal(("FORMING", 1), ((await scenario.ReadAsync(id))["status"]!.GetValue<string>(), (await scenario.ReadAsync(id))["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Leaving_an_active_consortium_reports_the_promised_categories_it_no_longer_covers()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var member = scenario.Joiners[1];
        var id = await scenario.JoinedAsync(member, "SPEECH_LANGUAGE");
        await scenario.RunAsync(TestTokens.CoordinatorOf(scenario.Lead), "submitConsortium", new { id, version = 3 });
        await scenario.RunAsync(TestTokens.CvsStaff(), "activateConsortium", new { id, version = 4 });

        var left = await scenario.RunAsync(TestTokens.CoordinatorOf(member), "leaveConsortium", new { id, version = 5, organisationId = ConsortiumScenario.Org(member) },
            "consortium { status } uncoveredCategories userErrors { code }");

        Assert.Empty(left["userErrors"]!.AsArray());
        Assert.Equal("ACTIVE", left["consortium"]!["status"]!.GetValue<string>());
        Assert.Equal(["SPEECH_LANGUAGE"], left["uncoveredCategories"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Leaving_reports_nothing_uncovered_when_another_member_promises_the_same_category()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var (first, second) = (scenario.Joiners[1], scenario.Joiners[2]);
        var id = await scenario.JoinedAsync(first, "EARLY_YEARS");

        var left = await scenario.RunAsync(TestTokens.CoordinatorOf(first), "leaveConsortium", new { id, version = 3, organisationId = ConsortiumScenario.Org(first) },
            "uncoveredCategories userErrors { code }");

        Assert.Empty(left["uncoveredCategories"]!.AsArray());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_lead_cannot_leave()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var id = await scenario.FormingAsync();

        var left = await scenario.RunAsync(TestTokens.CoordinatorOf(scenario.Lead), "leaveConsortium", new { id, version = 1, organisationId = ConsortiumScenario.Org(scenario.Lead) },
            "consortium { id } userErrors { field code }");

        Assert.Equal("INVALID_STATE", left["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(left["consortium"]);
    }

    [Fact]
    public async Task Inviting_a_member_twice_is_a_duplicate_and_an_unknown_category_names_its_index()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var member = scenario.Joiners[0];
        var id = await scenario.InvitedAsync(member);

        var twice = await scenario.RunAsync(TestTokens.CvsStaff(), "inviteToConsortium", new { id, version = 2, organisationId = ConsortiumScenario.Org(member), categories = new[] { "EARLY_YEARS" } });
        var unknown = await scenario.RunAsync(TestTokens.CvsStaff(), "inviteToConsortium", new { id, version = 2, organisationId = ConsortiumScenario.Org(scenario.Joiners[1]), categories = new[] { "EARLY_YEARS", "ASTROLOGY" } });

        Assert.Equal(("input.organisationId", "DUPLICATE"), ConsortiumScenario.FirstError(twice));
        Assert.Equal(("input.categories.1", "UNKNOWN_REFERENCE"), ConsortiumScenario.FirstError(unknown));
        Assert.Equal(2, (await scenario.ReadAsync(id))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_declined_invitation_can_be_renewed_and_answering_twice_is_refused()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var member = scenario.Joiners[2];
        var id = await scenario.InvitedAsync(member);
        var token = TestTokens.CoordinatorOf(member);
        await scenario.RunAsync(token, "respondToConsortiumInvitation", new { id, version = 2, organisationId = ConsortiumScenario.Org(member), accept = false });

        var again = await scenario.RunAsync(token, "respondToConsortiumInvitation", new { id, version = 3, organisationId = ConsortiumScenario.Org(member), accept = true });
        var renewed = await scenario.RunAsync(TestTokens.CvsStaff(), "inviteToConsortium", new { id, version = 3, organisationId = ConsortiumScenario.Org(member), categories = new[] { "YOUTH" } });

        Assert.Equal("INVALID_STATE", again["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(renewed["consortium"]!["members"]!.AsArray(), m => m!["invitation"]!.GetValue<string>() == "INVITED" && m["categories"]![0]!.GetValue<string>() == "YOUTH");
    }

    [Fact]
    public async Task A_lead_must_be_willing_to_lead()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var notWilling = (await factory.CreateClient().QueryDataAsync("{ organisations(first: 1, where: { willingness: { toLeadConsortium: { eq: false } } }) { nodes { databaseId } } }"))
            ["organisations"]!["nodes"]![0]!["databaseId"]!.GetValue<int>();

        var created = await scenario.RunAsync(TestTokens.CvsStaff(), "createConsortium", new
        {
            name = "Unwilling lead", kind = "COMMUNITY", purpose = "MANAGE_CENTRE", centreId = ConsortiumScenario.Centre(1), leadId = ConsortiumScenario.Org(notWilling),
        });

        Assert.Equal(("input.leadId", "INELIGIBLE"), ConsortiumScenario.FirstError(created));
    }
}
