using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Import.Csv;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.Mentoring;
using VcsDirectory.Api.OpenReferral;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outcomes;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Services;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api;

/// <summary>The composition root's list of features: the one place that names them all (with <c>Data</c>, which maps their entities).</summary>
public static class DirectoryFeatures
{
    /// <summary>
    /// Each feature's loaders, node types, services and the fields it adds to the root types and to other features'
    /// types. Root fields, and fields added to one type by several features, appear in the schema in this order.
    /// </summary>
    public static IServiceCollection AddDirectoryFeatures(this IServiceCollection services, IConfiguration configuration) => services
        .AddOrganisations()
        .AddChildrensCentres()
        .AddServices()
        .AddOutreach()
        .AddGeography()
        .AddTaxonomies()
        .AddEngagement()
        .AddOutcomes()
        // Long computations run in the background, stored so any instance answers for them (kinds come with their features).
        .AddJobs(configuration)
        // Checks the matching weights (Mentoring:Matching) now rather than at the first suggestion.
        .AddMentoring(configuration)
        // Checks what each readiness aim requires (Consortia:Readiness) now rather than at the first plan.
        .AddConsortia(configuration)
        .AddAudit()
        // Open Referral UK's read API, the sector's exchange format (endpoints mapped by Program).
        .AddOpenReferral()
        // The survey spreadsheet in and out: CSV exports and the organisations import (endpoints mapped by Program).
        .AddCsvExchange();
}
