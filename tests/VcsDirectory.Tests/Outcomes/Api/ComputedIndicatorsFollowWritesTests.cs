using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>Computed indicators are computed on read, so the next read after a write shows it.</summary>
public sealed class ComputedIndicatorsFollowWritesTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    // Ted Webster: run by the council, with no service delivered there in the demo, so the council delivers all six required categories.
    private const int CouncilRunCentre = 1;

    [Fact]
    public async Task A_new_vcs_delivered_service_at_a_centre_raises_its_vcs_share_on_the_next_read()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var before = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, CouncilRunCentre, "VCS_SHARE_OF_SERVICES"));

        var created = await staff.QueryDataAsync(
            "mutation($input: CreateServiceInput!) { createService(input: $input) { service { id version } } }",
            new { input = new { providerId = GlobalId.Encode("Organisation", 5), name = "Baby massage (outcomes test)", category = "EARLY_YEARS", deliveryModes = new[] { "IN_PERSON" }, isSynthetic = true } });
        var service = created["createService"]!["service"]!;
        await staff.QueryDataAsync(
            "mutation($input: DeliverServiceAtCentreInput!) { deliverServiceAtCentre(input: $input) { service { id } } }",
            new { input = new { id = service["id"]!.GetValue<string>(), version = 1, centreId = OutcomeReads.CentreId(CouncilRunCentre) } });
        var after = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(staff, CouncilRunCentre, "VCS_SHARE_OF_SERVICES"));

        Assert.Equal(0, before);
        Assert.Equal(16.7, after);
    }

    [Fact]
    public async Task No_parent_representatives_turns_that_indicator_off_track_against_a_target_of_four()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var centre = await OutcomeReads.CentreAsync(staff, 1);

        await staff.QueryDataAsync(
            "mutation($input: UpdateChildrensCentreInput!) { updateChildrensCentre(input: $input) { childrensCentre { id } } }",
            new { input = new { id = centre["id"]!.GetValue<string>(), version = centre["version"]!.GetValue<int>(), parentRepresentativeCount = 0 } });
        var indicator = await OutcomeReads.IndicatorAsync(staff, 1, "PARENT_REPRESENTATIVES");

        Assert.Equal(4, indicator["target"]!.GetValue<double>());
        Assert.Equal(0, OutcomeReads.Latest(indicator));
        Assert.Equal("OFF_TRACK", indicator["status"]!.GetValue<string>());
        Assert.True(indicator["latest"]!["isComputed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Closing_an_open_volunteer_role_lowers_the_open_volunteer_opportunities()
    {
        var manager = factory.CreateClient().WithToken(TestTokens.CentreManagerOf(2));
        var before = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(manager, 2, "VOLUNTEER_OPPORTUNITIES"));
        var open = (await manager.QueryDataAsync(
            "query($id: ID!) { node(id: $id) { ... on ChildrensCentre { participationOpportunities { id version kind isOpen } } } }", new { id = OutcomeReads.CentreId(2) }))
            ["node"]!["participationOpportunities"]!.AsArray().First(o => o!["kind"]!.GetValue<string>() == "VOLUNTEER_ROLE" && o["isOpen"]!.GetValue<bool>())!;

        var response = await manager.QueryDataAsync(
            "mutation($input: UpdateParticipationOpportunityInput!) { updateParticipationOpportunity(input: $input) { participationOpportunity { isOpen } userErrors { code } } }",
            new { input = new { id = open["id"]!.GetValue<string>(), version = open["version"]!.GetValue<int>(), isOpen = false } });
        var after = OutcomeReads.Latest(await OutcomeReads.IndicatorAsync(manager, 2, "VOLUNTEER_OPPORTUNITIES"));

        Assert.Empty(response["updateParticipationOpportunity"]!["userErrors"]!.AsArray());
        Assert.Equal(before - 1, after);
    }

    [Fact]
    public async Task A_computed_indicator_has_only_its_value_now_and_a_recorded_one_its_history()
    {
        var indicators = (await OutcomeReads.CentreAsync(factory.CreateClient(), 4))["specification"]!["indicators"]!.AsArray();

        Assert.All(indicators.Where(i => i!["indicator"]!["basis"]!.GetValue<string>() == "COMPUTED"), i => Assert.True(i!["history"]!.AsArray().Count <= 1));
        Assert.All(indicators.Where(i => i!["indicator"]!["basis"]!.GetValue<string>() == "RECORDED"), i => Assert.Equal(2, i!["history"]!.AsArray().Count));
    }
}
