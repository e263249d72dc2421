namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>Needs recorded together (from one survey, one visit): all kept or none.</summary>
public sealed class RecordIdentifiedNeedsInput
{
    public IReadOnlyList<IdentifiedNeedInput> Needs { get; set; } = [];
}
