using VcsDirectory.Api.Outreach.Editing;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Editing;

/// <summary>Bad needs are user errors at their field paths, and one bad need keeps the whole batch out.</summary>
public sealed class RecordIdentifiedNeedsValidationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task Each_broken_field_is_a_user_error_at_its_path_and_nothing_is_written()
    {
        var good = NeedRecording.Need(50.72, -1.95, "Validation batch");
        var bad = new
        {
            serviceCategory = "NO_SUCH_CATEGORY", familiesAffected = 0, severity = 4, source = " ", recordedOn = "2999-01-01",
            location = new { latitude = 123.0, longitude = -1.95 }, isSynthetic = true,
        };

        var data = await _staff.QueryDataAsync(NeedRecording.Record, new { input = new { needs = new[] { good, bad } } });

        var payload = data["recordIdentifiedNeeds"]!;
        Assert.Null(payload["identifiedNeeds"]);
        Assert.Equal(
            new[] { "familiesAffected:OUT_OF_RANGE", "location:INVALID_POSITION", "recordedOn:OUT_OF_RANGE", "serviceCategory:UNKNOWN_REFERENCE", "severity:OUT_OF_RANGE", "source:REQUIRED" },
            payload["userErrors"]!.AsArray().Select(e => $"{e!["field"]!.AsArray()[3]}:{e["code"]}").Order());
        Assert.All(payload["userErrors"]!.AsArray(), e => Assert.Equal(["input", "needs", "1"], e!["field"]!.AsArray().Take(3).Select(f => f!.GetValue<string>())));
        Assert.Equal(0, await NeedRecording.CountFromAsync(_staff, "Validation batch"));
    }

    [Fact]
    public async Task An_empty_list_and_a_list_longer_than_a_survey_are_refused_at_input_needs()
    {
        var empty = await _staff.QueryDataAsync(NeedRecording.Record, new { input = new { needs = Array.Empty<object>() } });
        var tooMany = await _staff.QueryDataAsync(NeedRecording.Record, new
        {
            input = new { needs = Enumerable.Repeat(NeedRecording.Need(50.72, -1.95, "Too many"), IdentifiedNeedEdits.MaxNeedsPerCall + 1).ToArray() },
        });

        Assert.All(new[] { empty, tooMany }, d => Assert.Equal("input.needs:OUT_OF_RANGE", string.Join('.', d["recordIdentifiedNeeds"]!["userErrors"]![0]!["field"]!.AsArray()) + ":" + d["recordIdentifiedNeeds"]!["userErrors"]![0]!["code"]));
        Assert.Equal(0, await NeedRecording.CountFromAsync(_staff, "Too many"));
    }

    [Theory]
    [InlineData(double.MaxValue, 0)]
    [InlineData(-1e300, 1e300)]
    public async Task Extreme_coordinates_are_an_invalid_position_not_an_internal_error(double latitude, double longitude)
    {
        var response = await _staff.PostGraphQLAsync(NeedRecording.Record, new { input = new { needs = new[] { NeedRecording.Need(latitude, longitude, "Extreme") } } });

        Assert.Null(response.Errors);
        Assert.Equal("INVALID_POSITION", response.Data!["recordIdentifiedNeeds"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
