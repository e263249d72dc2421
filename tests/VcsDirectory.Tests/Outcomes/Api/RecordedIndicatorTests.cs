using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>Recording a value: it becomes the latest and joins the history; a computed indicator cannot be recorded.</summary>
public sealed class RecordedIndicatorTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Record = """
        mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { indicatorValue { id value on } userErrors { field code message } } }
        """;

    [Fact]
    public async Task A_recorded_value_becomes_the_latest_and_moves_the_status()
    {
        var manager = factory.CreateClient().WithToken(TestTokens.CentreManagerOf(5));

        var response = await manager.QueryDataAsync(Record, new { input = new { centreId = OutcomeReads.CentreId(5), indicator = "SMOKING_AT_DELIVERY", value = 8.5, on = "2026-11-30", note = "Maternity return, Q3" } });
        var indicator = await OutcomeReads.IndicatorAsync(manager, 5, "SMOKING_AT_DELIVERY");

        Assert.Empty(response["recordIndicatorValue"]!["userErrors"]!.AsArray());
        Assert.Equal(8.5, OutcomeReads.Latest(indicator));
        Assert.Equal("2026-11-30", indicator["latest"]!["on"]!.GetValue<string>());
        Assert.Equal(3, indicator["history"]!.AsArray().Count);
        Assert.Equal("ON_TRACK", indicator["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_computed_indicator_is_refused_and_nothing_is_written()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var before = await OutcomeReads.IndicatorAsync(staff, 6, "PARENT_REPRESENTATIVES");

        var response = await staff.QueryDataAsync(Record, new { input = new { centreId = OutcomeReads.CentreId(6), indicator = "PARENT_REPRESENTATIVES", value = 9, on = "2026-11-30" } });
        var after = await OutcomeReads.IndicatorAsync(staff, 6, "PARENT_REPRESENTATIVES");

        Assert.Null(response["recordIndicatorValue"]!["indicatorValue"]);
        var error = response["recordIndicatorValue"]!["userErrors"]!.AsArray().Single()!;
        Assert.Equal(("input.indicator", "COMPUTED_INDICATOR"), (OutcomeReads.Field(error), error["code"]!.GetValue<string>()));
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Theory]
    [InlineData("NO_SUCH_INDICATOR", 50, "2026-11-30", "input.indicator", "UNKNOWN_REFERENCE")]
    [InlineData("REACH_TAKE_UP", 140, "2026-11-30", "input.value", "OUT_OF_RANGE")]
    [InlineData("PARENTING_PROGRAMME_COMPLETIONS", 2.5, "2026-11-30", "input.value", "OUT_OF_RANGE")]
    [InlineData("REACH_TAKE_UP", 50, "2099-01-01", "input.on", "OUT_OF_RANGE")]
    public async Task A_bad_value_is_a_user_error_at_its_field(string indicator, double value, string on, string field, string code)
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

        var response = await staff.QueryDataAsync(Record, new { input = new { centreId = OutcomeReads.CentreId(7), indicator, value, on } });

        var errors = response["recordIndicatorValue"]!["userErrors"]!.AsArray();
        Assert.Contains(errors, e => OutcomeReads.Field(e) == field && e!["code"]!.GetValue<string>() == code);
    }

    [Fact]
    public async Task A_target_on_an_unknown_indicator_or_an_overlapping_period_is_refused()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

        var response = await staff.QueryDataAsync(
            "mutation($input: CreateServiceSpecificationInput!) { createServiceSpecification(input: $input) { serviceSpecification { id } userErrors { field code } } }",
            new { input = new { centreId = OutcomeReads.CentreId(8), periodStart = "2026-10-01", periodEnd = "2027-09-30", targets = new object[] { new { indicator = "NOPE", target = 1 }, new { indicator = "REACH_TAKE_UP", target = 101 } } } });

        var errors = response["createServiceSpecification"]!["userErrors"]!.AsArray().Select(e => (OutcomeReads.Field(e), e!["code"]!.GetValue<string>())).ToList();
        Assert.Contains(("input.periodStart", "INCONSISTENT"), errors);
        Assert.Contains(("input.targets.0.indicator", "UNKNOWN_REFERENCE"), errors);
        Assert.Contains(("input.targets.1.target", "OUT_OF_RANGE"), errors);
    }
}
