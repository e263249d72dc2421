namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Narrows a list of suggestions.</summary>
/// <param name="WithinKm">Only organisations at most this far away; both must have a location.</param>
/// <param name="CapacityAreaIds">
/// Suggesting mentors: only mentors strong (2 or more) in every area listed.
/// Suggesting mentees: only mentees that need every area listed.
/// </param>
public sealed record SuggestionFilter(double? WithinKm = null, IReadOnlySet<int>? CapacityAreaIds = null)
{
    public static SuggestionFilter None { get; } = new();
}
