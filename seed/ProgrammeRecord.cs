using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Seed;

/// <summary>The report's own record: its engagement events (from the reference file) and its four themes with their proposals.</summary>
public static class ProgrammeRecord
{
    private const string Report = "4Children, Children's Centres and VCS Programme, Borough of Poole case study (seed report).";

    public static IReadOnlyList<EngagementEventRecord> Events(ReferenceEvents events) => events.Items
        .Select(e => new EngagementEventRecord(
            e.When,
            Enum.Parse<EngagementEventKind>(e.Kind.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
            e.Attendees,
            e.Note,
            e.Who.Select(w => Enum.Parse<ParticipantGroup>(w.Replace("_", "", StringComparison.Ordinal), ignoreCase: true)).ToList(),
            events.Source))
        .ToList();

    /// <summary>The themes named in the reference file, each with the proposals the report lists under it.</summary>
    public static IReadOnlyList<ProgrammeThemeRecord> Themes(ReferenceEvents events)
    {
        var proposals = new Dictionary<string, string[]>
        {
            ["Consultation in strategic engagement"] =
            [
                "Sustained and improved involvement of VCS organisations in the delivery of children centre services",
                "More parents might have the skills/knowledge to participate in decision making concerning the children's centre",
            ],
            ["Co-production in strategic engagement"] = ["Stakeholders could be involved in defining needs of sector using local knowledge and approaches"],
            ["Technical/legal next steps"] = ["An 'outcomes framework' might form the start point in children's centres"],
            ["Building community capacity"] =
            [
                "Outreach set up where there is a cluster of identified need",
                "Community volunteers in each centre or service could have increased opportunities",
            ],
        };
        return events.Themes.Select(t => new ProgrammeThemeRecord(t, proposals[t], Report)).ToList();
    }
}
