namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// Which stored organisation a spreadsheet row names: the one with its identifier, else the one with its name and
/// postcode area (ignoring case and surrounding spaces) that has no other identifier. Two rows naming the same
/// organisation, or a row naming an archived one, are problems.
/// </summary>
public sealed class OrganisationIndex(IReadOnlyList<OrganisationIndex.Entry> organisations)
{
    private readonly Dictionary<string, Entry> _byIdentifier = organisations.Where(o => o.Identifier is not null)
        .ToDictionary(o => o.Identifier!, StringComparer.Ordinal);

    private readonly Dictionary<string, Entry> _byNameAndArea = organisations.GroupBy(o => NameKey(o.Name, o.PostcodeArea), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The stored organisation's id; null for a new one (problems are added for a duplicate or archived one).</summary>
    public int? Match(CsvRow row, List<CsvProblem> problems)
    {
        var identifier = string.IsNullOrWhiteSpace(row[OrganisationColumns.Identifier]) ? null : row[OrganisationColumns.Identifier]!.Trim();
        var nameKey = NameKey(row[OrganisationColumns.Name] ?? "", row[OrganisationColumns.PostcodeArea]);
        var key = identifier ?? nameKey;
        if (_seen.TryGetValue(key, out var first))
        {
            problems.Add(new CsvProblem(row.Number, identifier is null ? OrganisationColumns.Name : OrganisationColumns.Identifier, "DUPLICATE_ROW", $"Row {first} names the same organisation."));
            return null;
        }

        _seen[key] = row.Number;
        var found = identifier is not null && _byIdentifier.TryGetValue(identifier, out var byId) ? byId
            : _byNameAndArea.TryGetValue(nameKey, out var byName) && (byName.Identifier is null || byName.Identifier == identifier) ? byName
            : null;
        if (found is { IsArchived: true })
        {
            problems.Add(new CsvProblem(row.Number, OrganisationColumns.Name, "ARCHIVED", "This organisation is archived; it cannot be changed."));
        }

        return found?.Id;
    }

    private static string NameKey(string name, string? postcodeArea) => $"{name.Trim().ToUpperInvariant()}|{postcodeArea?.Trim().ToUpperInvariant()}";

    public sealed record Entry(int Id, string Name, string? Identifier, string? PostcodeArea, bool IsArchived);
}
