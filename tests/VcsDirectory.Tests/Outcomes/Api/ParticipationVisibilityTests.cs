using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>A parent looking for a way in sees the open opportunities; the centre's manager and CVS staff see the closed ones too.</summary>
[Collection(SeededApi.Name)]
public sealed class ParticipationVisibilityTests(DirectoryApiFactory factory)
{
    private const string Opportunities = "query($id: ID!) { node(id: $id) { ... on ChildrensCentre { participationOpportunities { id kind isOpen places placesFilled } } } }";

    [Fact]
    public async Task Anonymous_readers_and_other_centres_managers_see_only_open_opportunities()
    {
        foreach (var token in new[] { null, TestTokens.CentreManagerOf(4), TestTokens.CoordinatorOf(1) })
        {
            var list = (await factory.CreateClient().WithToken(token).QueryDataAsync(Opportunities, new { id = OutcomeReads.CentreId(3) }))["node"]!["participationOpportunities"]!.AsArray();

            Assert.NotEmpty(list);
            Assert.All(list, o => Assert.True(o!["isOpen"]!.GetValue<bool>()));
        }
    }

    [Fact]
    public async Task The_centres_manager_and_staff_see_the_closed_ones_too()
    {
        foreach (var token in new[] { TestTokens.CentreManagerOf(3), TestTokens.CvsStaff() })
        {
            var list = (await factory.CreateClient().WithToken(token).QueryDataAsync(Opportunities, new { id = OutcomeReads.CentreId(3) }))["node"]!["participationOpportunities"]!.AsArray();

            Assert.Contains(list, o => !o!["isOpen"]!.GetValue<bool>());
            Assert.All(list, o => Assert.InRange(o!["placesFilled"]!.GetValue<int>(), 0, o["places"]!.GetValue<int>()));
        }
    }
}
