namespace VcsDirectory.Api.Services.Search;

/// <summary>
/// A search as people type it, read the way PostgreSQL's <c>websearch_to_tsquery</c> reads it: <c>or</c> splits it into
/// alternatives; in each, every word or "quoted phrase" is required and a <c>-word</c> excluded; English stop words are ignored.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<SearchAlternative> Alternatives)
{
    /// <summary>True when no alternative has a word to look for (only stop words, say).</summary>
    public bool IsEmpty => Alternatives.Count == 0;

    /// <summary>True when an alternative only excludes: FTS5 cannot match "everything but", so such searches are refused on both engines.</summary>
    public bool HasExclusionOnly => Alternatives.Any(a => a.Required.Count == 0);

    /// <summary>An FTS5 MATCH expression with the same meaning; every word is quoted, so no input is FTS5 syntax.</summary>
    public string ToFts5() => string.Join(" OR ", Alternatives.Select(a => "(" + a.ToFts5() + ")"));

    public static SearchTerms Parse(string text)
    {
        var alternatives = new List<SearchAlternative>();
        var current = new SearchAlternative([], []);
        foreach (var (chunk, quoted) in Chunks(text))
        {
            if (!quoted && chunk.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                alternatives.Add(current);
                current = new SearchAlternative([], []);
                continue;
            }

            var negated = !quoted && chunk.StartsWith('-');
            if (SearchPhrase.From(negated ? chunk[1..] : chunk, quoted) is { } phrase)
            {
                current = negated ? current with { Excluded = [.. current.Excluded, phrase] } : current with { Required = [.. current.Required, phrase] };
            }
        }

        alternatives.Add(current);
        return new SearchTerms(alternatives.Where(a => a.Required.Count + a.Excluded.Count > 0).ToList());
    }

    private static IEnumerable<(string Chunk, bool Quoted)> Chunks(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                yield return (text[(i + 1)..end], true);
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }

                yield return (text[start..i], false);
            }
        }
    }
}
