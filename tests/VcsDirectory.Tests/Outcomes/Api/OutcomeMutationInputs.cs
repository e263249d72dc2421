using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>A valid input for each outcomes and engagement mutation, on a given centre (and the record an update works on).</summary>
internal static class OutcomeMutationInputs
{
    public static object Variables(string mutation, int centre, JsonNode? target) => new { input = For(mutation, centre, target) };

    public static object For(string mutation, int centre, JsonNode? target) => mutation switch
    {
        "createServiceSpecification" => new
        {
            centreId = OutcomeReads.CentreId(centre), periodStart = $"{2030 + centre}-04-01", periodEnd = $"{2031 + centre}-03-31", isSynthetic = true,
            targets = new[] { new { indicator = "PARENT_REPRESENTATIVES", target = 5.0, baseline = (double?)3 } },
        },
        "updateServiceSpecification" => new { id = Id(target), version = Version(target), periodEnd = "2027-06-30" },
        "recordIndicatorValue" => new { centreId = OutcomeReads.CentreId(centre), indicator = "REACH_TAKE_UP", value = 71.5, on = "2026-11-01", note = "Registration data", isSynthetic = true },
        "createParticipationOpportunity" => new
        {
            centreId = OutcomeReads.CentreId(centre), kind = "VOLUNTEER_ROLE", description = "Welcome desk volunteer (test).", places = 3,
            howToTakePart = "Ask at reception.", isSynthetic = true,
        },
        "updateParticipationOpportunity" => new { id = Id(target), version = Version(target), placesFilled = 0, description = "Changed (test)." },
        "recordEngagementEvent" => new
        {
            heldIn = "2026-10", kind = "WORKSHOP", attendees = 18, participants = new[] { "PARENTS", "VCS" },
            centreIds = new[] { OutcomeReads.CentreId(centre) }, themeIds = new[] { GlobalId.Encode("ProgrammeTheme", 1) },
            source = "CVS meeting notes (test)", isSynthetic = true,
        },
        "updateProposal" => new { id = Id(target), version = Version(target), status = "IN_PROGRESS", ownerId = GlobalId.Encode("Organisation", 2), nextStep = "Draft the outcomes framework with centre managers.", nextStepOn = "2027-01-31", indicators = new[] { "PARENT_REPRESENTATIVES" } },
        _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
    };

    private static string Id(JsonNode? target) => target!["id"]!.GetValue<string>();

    private static int Version(JsonNode? target) => target!["version"]!.GetValue<int>();
}
