using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>One identified need as a centre or CVS staff record it.</summary>
public sealed class IdentifiedNeedInput
{
    public string ServiceCategory { get; set; } = "";

    public int FamiliesAffected { get; set; }

    public int Severity { get; set; }

    public string Source { get; set; } = "";

    public DateOnly RecordedOn { get; set; }

    /// <summary>Where it was found; replaced by its grid cell's centre as soon as the input is read.</summary>
    public LocationInput Location { get; set; } = new();

    public bool? IsSynthetic { get; set; }
}
