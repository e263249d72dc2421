using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>The organisations spreadsheet: every organisation not archived, public columns only (<see cref="OrganisationColumns.Public"/>), in the import's format.</summary>
public static class OrganisationCsvExport
{
    public static async Task<byte[]> WriteAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.Where(o => o.ArchivedAt == null).OrderBy(o => o.Id)
            .Include(o => o.Wards).Include(o => o.Services).Include(o => o.Capacities).ThenInclude(c => c.CapacityArea)
            .Include(o => o.Needs).ThenInclude(n => n.CapacityArea).AsSplitQuery().ToListAsync(cancellationToken);
        return CsvDocument.Write(OrganisationColumns.Public, organisations.Select(Row));
    }

    public static string?[] Row(Organisation o) =>
    [
        o.Name, o.Identifier, CsvEnums.Write(o.Kind), Number(o.AnnualIncome), Number(o.StaffCount), Number(o.VolunteerCount), o.Description, o.Website,
        o.PostcodeArea, Degrees(o.Latitude), Degrees(o.Longitude), Codes(o.Wards.Select(w => w.Code)), Codes(o.Services.Select(s => s.Code)),
        Codes(o.Capacities.Select(c => $"{c.CapacityArea.Code}:{c.Strength}")), Codes(o.Needs.Select(n => $"{n.CapacityArea.Code}:{n.Priority}")),
        Flag(o.Willingness.ToMentor), Number(o.Willingness.MaxMentees), Flag(o.Willingness.ToLeadConsortium), Flag(o.Willingness.ToJoinConsortium),
        Flag(o.Willingness.ToManageCentre), Flag(o.Willingness.ToAddValue), o.SupportNeeded, Flag(o.IsSynthetic),
    ];

    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string? Degrees(double? d) => d?.ToString("R", CultureInfo.InvariantCulture);

    public static string Flag(bool b) => b ? "yes" : "no";

    /// <summary>Codes sorted, so an export reads the same whatever order the rows came from the database in.</summary>
    public static string Codes(IEnumerable<string> codes) => string.Join(';', codes.Order(StringComparer.Ordinal));
}
