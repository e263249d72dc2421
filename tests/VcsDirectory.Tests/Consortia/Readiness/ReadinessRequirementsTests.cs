using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Consortia;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Seed;

namespace VcsDirectory.Tests.Consortia.Readiness;

public class ReadinessRequirementsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();

    [Fact]
    public void The_defaults_are_the_issues_lists()
    {
        var requirements = ReadinessRequirements.Default;

        Assert.Equal(["GOVERNANCE", "FINANCIAL_MANAGEMENT", "SAFEGUARDING", "HR", "PREMISES", "OUTCOMES_MEASUREMENT"], requirements.AreasFor(ReadinessAim.ManageCentre));
        Assert.Equal(["GOVERNANCE", "FINANCIAL_MANAGEMENT", "PARTNERSHIP_WORKING", "OUTCOMES_MEASUREMENT"], requirements.AreasFor(ReadinessAim.LeadConsortium));
        Assert.Equal(["SAFEGUARDING", "OUTCOMES_MEASUREMENT"], requirements.AreasFor(ReadinessAim.JoinConsortium));
    }

    [Fact]
    public void Every_default_area_is_in_the_demo_taxonomy() => ReadinessRequirements.Default.ValidateAgainst(Taxonomy.CapacityCodes);

    [Fact]
    public void An_unknown_area_fails_naming_the_aim_and_the_code()
    {
        var requirements = ReadinessRequirements.Default with { JoinConsortium = ["SAFEGUARDING", "TEA_MAKING"] };

        var error = Assert.Throws<InvalidOperationException>(() => requirements.ValidateAgainst(Taxonomy.CapacityCodes));

        Assert.Contains("JoinConsortium: TEA_MAKING", error.Message);
    }

    [Fact]
    public void A_configured_list_replaces_the_default_rather_than_adding_to_it()
    {
        var services = new ServiceCollection().AddConsortia(Configuration(("Consortia:Readiness:JoinConsortium:0", "SAFEGUARDING")));

        var requirements = services.BuildServiceProvider().GetRequiredService<Microsoft.Extensions.Options.IOptions<ReadinessRequirements>>().Value;

        Assert.Equal(["SAFEGUARDING"], requirements.AreasFor(ReadinessAim.JoinConsortium));
        Assert.Equal(4, requirements.AreasFor(ReadinessAim.LeadConsortium).Count);
    }

    [Theory]
    [InlineData("safeguarding")]
    [InlineData("")]
    public void A_malformed_code_fails_at_start_up(string code)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddConsortia(Configuration(("Consortia:Readiness:ManageCentre:0", code))));

        Assert.Contains("Consortia:Readiness:ManageCentre", error.Message);
    }

    [Fact]
    public void The_same_area_twice_fails() =>
        Assert.Throws<InvalidOperationException>(() => (ReadinessRequirements.Default with { LeadConsortium = ["HR", "HR"] }).Validate());
}
