namespace VcsDirectory.Api.Outreach.NeedMap;

/// <summary>
/// Which identified needs a question is about. A null restriction means "all"; an empty list selects nothing,
/// as an empty <c>in</c> filter does.
/// </summary>
public sealed record NeedSelection(
    IReadOnlyCollection<int>? ServiceCategoryIds = null,
    IReadOnlyCollection<int>? WardIds = null,
    DateOnly? RecordedSince = null)
{
    public static NeedSelection All { get; } = new();
}
