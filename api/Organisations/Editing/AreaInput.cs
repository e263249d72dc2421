namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>A capacity or a need in an input: an area by code, a level (strength or priority) and a note.</summary>
public sealed class AreaInput
{
    public string Area { get; set; } = "";

    public int Strength { get; set; }

    public int Priority { get; set; }

    public string? Note { get; set; }
}
