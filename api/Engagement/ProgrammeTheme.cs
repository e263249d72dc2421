namespace VcsDirectory.Api.Engagement;

/// <summary>One of the four themes that emerged from the engagement events, with the partners' proposals under it (from the report).</summary>
public sealed class ProgrammeTheme
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<string> Proposals { get; set; } = [];

    public required string Source { get; set; }
}
