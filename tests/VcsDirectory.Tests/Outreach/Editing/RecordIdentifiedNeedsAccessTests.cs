using VcsDirectory.Api.Outreach;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Editing;

/// <summary>recordIdentifiedNeeds × every role: CVS staff anywhere, a centre's manager in its reach; every other caller is refused with nothing written.</summary>
public sealed class RecordIdentifiedNeedsAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public enum Caller
    {
        Anonymous,
        Coordinator,
        ManagerInReach,
        ManagerOutOfReach,
        CvsStaff,
    }

    [Theory]
    [InlineData(Caller.Anonymous, "UNAUTHENTICATED")]
    [InlineData(Caller.Coordinator, "FORBIDDEN")]
    [InlineData(Caller.ManagerInReach, null)]
    [InlineData(Caller.ManagerOutOfReach, "FORBIDDEN")]
    [InlineData(Caller.CvsStaff, null)]
    public async Task Need_is_recorded_only_by_CVS_staff_and_by_a_centre_manager_within_the_centre_s_reach(Caller caller, string? refusal)
    {
        var reader = factory.CreateClient();
        var (centre, inside, outside) = await NeedRecording.CentreWithReachAsync(reader);
        var place = caller == Caller.ManagerOutOfReach || caller == Caller.CvsStaff ? outside : inside;
        var source = $"Health visitors ({caller})";
        var client = factory.CreateClient().WithToken(caller switch
        {
            Caller.Coordinator => TestTokens.CoordinatorOf(1),
            Caller.ManagerInReach or Caller.ManagerOutOfReach => TestTokens.CentreManagerOf(centre),
            Caller.CvsStaff => TestTokens.CvsStaff(),
            _ => null,
        });

        var response = await client.PostGraphQLAsync(NeedRecording.Record, new { input = new { needs = new[] { NeedRecording.Need(place.Centroid.Latitude, place.Centroid.Longitude, source) } } });

        if (refusal is null)
        {
            Assert.Null(response.Errors);
            var need = response.Data!["recordIdentifiedNeeds"]!["identifiedNeeds"]![0]!;
            Assert.Equal((place.Code, 1), (need["ward"]!["code"]!.GetValue<string>(), need["version"]!.GetValue<int>()));
            Assert.Equal(1, await NeedRecording.CountFromAsync(reader, source));
        }
        else
        {
            Assert.Equal([refusal], response.ErrorCodes);
            Assert.Null(response.Data?["recordIdentifiedNeeds"]);
            Assert.Equal(0, await NeedRecording.CountFromAsync(reader, source));
        }
    }

    [Fact]
    public async Task A_manager_recording_in_reach_and_out_of_reach_at_once_is_refused_and_neither_is_written()
    {
        var reader = factory.CreateClient();
        var (centre, inside, outside) = await NeedRecording.CentreWithReachAsync(reader);
        var manager = factory.CreateClient().WithToken(TestTokens.CentreManagerOf(centre));

        var response = await manager.PostGraphQLAsync(NeedRecording.Record, new
        {
            input = new { needs = new[] { NeedRecording.Need(inside.Centroid.Latitude, inside.Centroid.Longitude, "Mixed batch"), NeedRecording.Need(outside.Centroid.Latitude, outside.Centroid.Longitude, "Mixed batch") } },
        });

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(0, await NeedRecording.CountFromAsync(reader, "Mixed batch"));
    }

    [Fact]
    public async Task Each_recorded_need_has_an_audit_entry_of_its_own_holding_only_the_snapped_position()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var (latitude, longitude) = (50.7251234, -1.9612345);

        var data = await staff.QueryDataAsync(NeedRecording.Record, new
        {
            input = new { needs = new[] { NeedRecording.Need(latitude, longitude, "Audited pair"), NeedRecording.Need(latitude + 0.01, longitude, "Audited pair") } },
        });
        var ids = data["recordIdentifiedNeeds"]!["identifiedNeeds"]!.AsArray().Select(n => n!["databaseId"]!.GetValue<int>()).ToList();

        foreach (var id in ids)
        {
            var entries = (await staff.QueryDataAsync("query($id: Int!) { auditTrail(where: { entityType: { eq: \"IdentifiedNeed\" }, entityDatabaseId: { eq: $id } }) { nodes { action actor changes } } }", new { id }))
                ["auditTrail"]!["nodes"]!.AsArray();
            var entry = Assert.Single(entries)!;
            Assert.Equal(("recordIdentifiedNeeds", "staff-1"), (entry["action"]!.GetValue<string>(), entry["actor"]!.GetValue<string>()));
            Assert.Contains(NeedGrid.Snap(longitude).ToString(System.Globalization.CultureInfo.InvariantCulture), entry["changes"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain("1.9612345", entry["changes"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }
}
