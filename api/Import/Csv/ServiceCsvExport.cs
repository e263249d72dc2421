using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Services;
using static VcsDirectory.Api.Import.Csv.OrganisationCsvExport;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>The services spreadsheet: every service with its public contact (never its provider's restricted one).</summary>
public static class ServiceCsvExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "name", "provider", "provider_identifier", "category", "status", "description", "minimum_age_months", "maximum_age_months", "is_free", "fee",
        "delivery_modes", "languages", "schedule", "contact_email", "contact_phone", "centres", "wards", "last_reviewed_on", "is_synthetic",
    ];

    public static async Task<byte[]> WriteAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var services = await db.Services.OrderBy(s => s.Id).Include(s => s.Provider).Include(s => s.ServiceCategory)
            .Include(s => s.Centres).Include(s => s.AreaWards).AsSplitQuery().ToListAsync(cancellationToken);
        return CsvDocument.Write(Columns, services.Select(s => new[]
        {
            s.Name, s.Provider.Name, s.Provider.Identifier, s.ServiceCategory.Code, CsvEnums.Write(s.Status), s.Description,
            s.MinimumAgeMonths is { } min ? Number(min) : null, s.MaximumAgeMonths is { } max ? Number(max) : null, Flag(s.IsFree), s.FeeDescription,
            Codes(s.DeliveryModes.Select(CsvEnums.Write)), Codes(s.Languages),
            string.Join(';', s.Schedule.OrderBy(x => x.Day).ThenBy(x => x.OpensAt).Select(x => $"{CsvEnums.Write(x.Day)} {x.OpensAt:HH\\:mm}-{x.ClosesAt:HH\\:mm}")),
            s.ContactEmail, s.ContactPhone, Codes(s.Centres.Select(c => c.Name)), Codes(s.AreaWards.Select(w => w.Code)),
            s.LastReviewedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Flag(s.IsSynthetic),
        }));
    }
}
