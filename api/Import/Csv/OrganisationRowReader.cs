using System.Globalization;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;
using C = VcsDirectory.Api.Import.Csv.OrganisationColumns;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// Writes one spreadsheet row onto an organisation: only the columns the file has (an update leaves the others as they
/// are); an empty cell is none (text, lists) or 0 (counts). A cell it cannot read is a problem at its row and column;
/// the organisation's own rules are checked afterwards by the importer, as for any edit.
/// </summary>
public sealed class OrganisationRowReader(CsvRow row, List<CsvProblem> problems)
{
    public void Apply(Organisation o, DirectoryLookups lookups)
    {
        Text(C.Name, v => o.Name = v ?? "");
        Text(C.Identifier, v => o.Identifier = v);
        Cell(C.Kind, v => o.Kind = CsvEnums.TryRead<OrganisationKind>(v, out var kind) ? kind
            : Fail(C.Kind, "INVALID_VALUE", $"Not a kind of organisation: one of {string.Join(", ", Enum.GetValues<OrganisationKind>().Select(CsvEnums.Write))}.", o.Kind));
        Number(C.Income, v => o.SetAnnualIncome(v));
        Number(C.Staff, v => o.StaffCount = (int)Math.Min(v, int.MaxValue));
        Number(C.Volunteers, v => o.VolunteerCount = (int)Math.Min(v, int.MaxValue));
        Text(C.Description, v => o.Description = v);
        Text(C.Website, v => o.Website = v);
        Text(C.PostcodeArea, v => o.PostcodeArea = v?.ToUpperInvariant());
        Degrees(C.Latitude, v => o.Latitude = v);
        Degrees(C.Longitude, v => o.Longitude = v);
        Codes(C.Wards, lookups.Wards, "ward", found => Relations.Replace(o.Wards, found));
        Codes(C.Services, lookups.ServiceCategories, "service category", found => Relations.Replace(o.Services, found));
        Areas(C.Capacities, lookups, pairs => OrganisationAreas.SetCapacities(o, pairs.Select(p => (p.Area, p.Level, (string?)null)), lookups.CapacityAreas));
        Areas(C.Needs, lookups, pairs => OrganisationAreas.SetNeeds(o, pairs.Select(p => (p.Area, p.Level, (string?)null)), lookups.CapacityAreas));
        var w = o.Willingness;
        Flag(C.ToMentor, v => w.ToMentor = v);
        Number(C.MaxMentees, v => w.MaxMentees = (int)Math.Min(v, int.MaxValue));
        Flag(C.ToLeadConsortium, v => w.ToLeadConsortium = v);
        Flag(C.ToJoinConsortium, v => w.ToJoinConsortium = v);
        Flag(C.ToManageCentre, v => w.ToManageCentre = v);
        Flag(C.ToAddValue, v => w.ToAddValue = v);
        Text(C.SupportNeeded, v => o.SupportNeeded = v);
        Flag(C.IsSynthetic, v => o.IsSynthetic = v);
        Text(C.ContactEmail, v => o.ContactEmail = v);
        Text(C.ContactPhone, v => o.ContactPhone = v);
    }

    private void Cell(string column, Action<string> set)
    {
        if (row[column] is { } cell)
        {
            set(cell.Trim());
        }
    }

    private void Text(string column, Action<string?> set) => Cell(column, v => set(v.Length == 0 ? null : v));

    private void Number(string column, Action<long> set) => Cell(column, v => set(
        v.Length == 0 ? 0 : long.TryParse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n
        : Fail(column, "INVALID_NUMBER", "A whole number of 0 or more is expected (e.g. 12500).", 0L)));

    private void Degrees(string column, Action<double?> set) => Cell(column, v => set(
        v.Length == 0 ? null : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : Fail<double?>(column, "INVALID_NUMBER", "Decimal degrees are expected (e.g. 50.7150).", null)));

    private void Flag(string column, Action<bool> set) => Cell(column, v => set(v.ToUpperInvariant() switch
    {
        "" or "NO" or "N" or "FALSE" or "0" => false,
        "YES" or "Y" or "TRUE" or "1" => true,
        _ => Fail(column, "INVALID_VALUE", "yes or no is expected.", false),
    }));

    private void Codes<T>(string column, IReadOnlyDictionary<string, T> known, string what, Action<List<T>> set)
        where T : class => Cell(column, v =>
    {
        var codes = CsvCells.List(v).Select(c => c.ToUpperInvariant()).ToList();
        foreach (var unknown in codes.Where(c => !known.ContainsKey(c)))
        {
            Fail(column, "UNKNOWN_REFERENCE", $"No {what} '{unknown}'.", 0);
        }

        set(codes.Where(known.ContainsKey).Distinct().Select(c => known[c]).ToList());
    });

    /// <summary>AREA:level;AREA:level, the level 1 to 3 (the rules check the range).</summary>
    private void Areas(string column, DirectoryLookups lookups, Action<List<(string Area, int Level)>> set) => Cell(column, v =>
    {
        var pairs = new List<(string, int)>();
        foreach (var item in CsvCells.List(v))
        {
            if (item.Split(':', StringSplitOptions.TrimEntries) is not [var area, var level] || !int.TryParse(level, CultureInfo.InvariantCulture, out var n))
            {
                Fail(column, "INVALID_FORMAT", $"'{item}' is not AREA:level (e.g. GOVERNANCE:2).", 0);
            }
            else if (area.ToUpperInvariant() is var code && !lookups.CapacityAreas.ContainsKey(code))
            {
                Fail(column, "UNKNOWN_REFERENCE", $"No capacity area '{area}'.", 0);
            }
            else if (pairs.Any(p => p.Item1 == code))
            {
                Fail(column, "DUPLICATE", $"'{area}' is listed more than once.", 0);
            }
            else
            {
                pairs.Add((code, n));
            }
        }

        set(pairs);
    });

    private T Fail<T>(string column, string code, string message, T fallback)
    {
        problems.Add(new CsvProblem(row.Number, column, code, message));
        return fallback;
    }
}
