using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Engagement.Proposals;

/// <summary>A partners' proposal under a programme theme, in the report's wording, kept going: who owns it, its next step, the indicators that measure it, and the consortia and support plans that deliver it.</summary>
public sealed class Proposal : IVersioned
{
    public int Id { get; set; }

    public int ThemeId { get; set; }

    public ProgrammeTheme Theme { get; set; } = null!;

    /// <summary>Its place under the theme, as the report lists them.</summary>
    public int Position { get; set; }

    /// <summary>The proposal as the report words it.</summary>
    public required string Text { get; set; }

    public ProposalStatus Status { get; set; }

    public int? OwnerId { get; set; }

    public Organisation? Owner { get; set; }

    public string? NextStep { get; set; }

    /// <summary>When the next step is due.</summary>
    public DateOnly? NextStepOn { get; set; }

    /// <summary>Codes of the outcome framework's indicators that show whether it is delivered.</summary>
    public List<string> IndicatorCodes { get; set; } = [];

    /// <summary>Ids of the consortia that deliver it.</summary>
    public List<int> ConsortiumIds { get; set; } = [];

    /// <summary>Ids of the support plans that deliver it.</summary>
    public List<int> SupportPlanIds { get; set; } = [];

    public DateTime ModifiedAt { get; set; }

    public int Version { get; set; } = 1;
}
