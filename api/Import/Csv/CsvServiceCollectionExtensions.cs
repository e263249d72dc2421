using VcsDirectory.Api.Caching;

namespace VcsDirectory.Api.Import.Csv;

public static class CsvServiceCollectionExtensions
{
    /// <summary>The spreadsheet exchange: the organisations importer, and the revalidated documents the exports are.</summary>
    public static IServiceCollection AddCsvExchange(this IServiceCollection services) => services
        .AddRevalidatedDocuments()
        .AddScoped<OrganisationCsvImporter>();
}
