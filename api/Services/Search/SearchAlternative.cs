namespace VcsDirectory.Api.Services.Search;

/// <summary>One side of an <c>or</c>: phrases that must all appear, and phrases that must not.</summary>
public sealed record SearchAlternative(IReadOnlyList<SearchPhrase> Required, IReadOnlyList<SearchPhrase> Excluded)
{
    public string ToFts5() => Excluded.Aggregate(
        string.Join(" AND ", Required.Select(p => p.ToFts5())),
        (query, phrase) => $"{query} NOT {phrase.ToFts5()}");
}
