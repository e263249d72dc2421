using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Services;
using VcsDirectory.Api.Services.Search;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>
/// The profile's service filters, read from the query string: <c>search</c> (or <c>text</c>) through the directory's
/// full-text search, <c>taxonomy_term_id</c>, <c>taxonomy_id</c>, <c>minimum_age</c>/<c>maximum_age</c> (years),
/// <c>modified_after</c>, and <c>day</c>/<c>start_time</c>/<c>end_time</c> on one weekly opening.
/// </summary>
public sealed record OpenReferralServiceFilter(
    string? Search, string? TaxonomyTermId, string? TaxonomyId, double? MinimumAge, double? MaximumAge, DateTime? ModifiedAfter,
    DayOfWeek? Day, TimeOnly? StartTime, TimeOnly? EndTime)
{
    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static OpenReferralServiceFilter From(IQueryCollection q) => new(
        One(q, "search") ?? One(q, "text"), One(q, "taxonomy_term_id"), One(q, "taxonomy_id"),
        Age(q, "minimum_age"), Age(q, "maximum_age"), Instant(q, "modified_after"), WeekDay(q), Time(q, "start_time"), Time(q, "end_time"));

    /// <summary>The filtered services with, when searching, the search's tier and score to order by (else ordered by id).</summary>
    public async Task<IQueryable<Service>> ApplyAsync(DirectoryDbContext db, IQueryable<Service> services, CancellationToken cancellationToken)
    {
        if (TaxonomyId is { } taxonomy && taxonomy != OpenReferralTaxonomy.Id)
        {
            return services.Where(_ => false);
        }

        if (TaxonomyTermId is { } term)
        {
            var codes = await db.ServiceCategories.Select(c => c.Code).ToListAsync(cancellationToken);
            var code = codes.FirstOrDefault(c => OpenReferralIds.TaxonomyTerm(c) == term);
            services = services.Where(s => s.ServiceCategory.Code == code);
        }

        // ORUK's ages are years; an open minimum is 0, an open maximum is no maximum at all.
        if (MinimumAge is { } min)
        {
            var months = (int)Math.Ceiling(min * 12);
            services = services.Where(s => (s.MinimumAgeMonths ?? 0) >= months);
        }

        if (MaximumAge is { } max)
        {
            var months = (int)Math.Floor(max * 12);
            services = services.Where(s => s.MaximumAgeMonths != null && s.MaximumAgeMonths <= months);
        }

        if (ModifiedAfter is { } after)
        {
            services = services.Where(s => s.ModifiedAt >= after);
        }

        if (Day is not null || StartTime is not null || EndTime is not null)
        {
            var (day, start, end) = (Day, StartTime ?? TimeOnly.MinValue, EndTime ?? TimeOnly.MaxValue);
            services = services.Where(s => s.Schedule.Any(x => (day == null || x.Day == day) && x.OpensAt >= start && x.ClosesAt <= end));
        }

        return services;
    }

    /// <summary>The ids in the answer's order: the search's (name matches first, then score), else by id.</summary>
    public IQueryable<int> Ordered(DirectoryDbContext db, IQueryable<Service> services)
    {
        if (Search is not { } text)
        {
            return services.OrderBy(s => s.Id).Select(s => s.Id);
        }

        SearchTerms terms;
        try
        {
            terms = ServiceSearch.Parse(text);
        }
        catch (global::GraphQL.ExecutionError e)
        {
            throw new OpenReferralArgumentException("search", e.Message);
        }

        return services.Join(ServiceSearch.Hits(db, text, terms), s => s.Id, h => h.ServiceId, (s, h) => new { s.Id, h.Tier, h.Rank })
            .OrderBy(r => r.Tier).ThenBy(r => r.Rank).ThenBy(r => r.Id).Select(r => r.Id);
    }

    private static string? One(IQueryCollection q, string name) => q[name].Count switch
    {
        0 => null,
        1 => string.IsNullOrWhiteSpace(q[name][0]) ? null : q[name][0],
        _ => throw new OpenReferralArgumentException(name, $"Give '{name}' once."),
    };

    private static double? Age(IQueryCollection q, string name) => One(q, name) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var years) && years is >= 0 and <= 130 ? years
        : throw new OpenReferralArgumentException(name, $"'{name}' is an age in years from 0 to 130.");

    private static DateTime? Instant(IQueryCollection q, string name) => One(q, name) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.UtcDateTime
        : throw new OpenReferralArgumentException(name, $"'{name}' is a date and time, e.g. 2026-09-01T00:00:00Z.");

    private static TimeOnly? Time(IQueryCollection q, string name) => One(q, name) is not { } text ? null
        : TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t
        : throw new OpenReferralArgumentException(name, $"'{name}' is a time of day, HH:mm or HH:mm:ss.");

    private static DayOfWeek? WeekDay(IQueryCollection q)
    {
        if (One(q, "day") is not { } text)
        {
            return null;
        }

        var upper = text.Trim().ToUpperInvariant();
        var index = Array.FindIndex(Days, d => upper == d || (upper.Length >= 2 && string.Equals(Enum.GetName((DayOfWeek)Array.IndexOf(Days, d)), upper, StringComparison.OrdinalIgnoreCase)));
        return index >= 0 ? (DayOfWeek)index : throw new OpenReferralArgumentException("day", "'day' is a day of the week: MO, TU… (RFC 5545) or its English name.");
    }
}
