namespace VcsDirectory.Api.Services.Search;

/// <summary>One or more words that must appear together, lower-cased, stop words left out.</summary>
public sealed record SearchPhrase(IReadOnlyList<string> Words)
{
    // PostgreSQL's english.stop (Snowball's list): the words its english configuration never indexes.
    private static readonly HashSet<string> StopWords =
    [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
        "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
        "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
        "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at",
        "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
        "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so",
        "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now",
    ];

    /// <summary>
    /// The phrase of <paramref name="text"/>, or none when it holds only stop words. A quoted phrase keeps its stop
    /// words, because FTS5 indexes them and matches phrases word by word (PostgreSQL skips them but keeps their place).
    /// </summary>
    public static SearchPhrase? From(string text, bool quoted = false)
    {
        var words = Split(text).ToList();
        var kept = quoted && words.Count > 1 ? words : words.Where(w => !StopWords.Contains(w)).ToList();
        return kept.All(StopWords.Contains) ? null : new SearchPhrase(kept);
    }

    public string ToFts5() => "\"" + string.Join(' ', Words) + "\"";

    private static IEnumerable<string> Split(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
