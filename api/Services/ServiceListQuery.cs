using System.Linq.Expressions;
using GraphQL;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Sorting;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Services.Search;

namespace VcsDirectory.Api.Services;

/// <summary>The <c>services</c> list's arguments as one SQL query: filters, then the search's tier, then <c>order</c> or the search's score.</summary>
public static class ServiceListQuery
{
    public static IQueryable<Service> Run(IResolveFieldContext ctx, DirectoryDbContext db)
    {
        var services = db.Services.AsQueryable();
        if (ctx.GetArgument<object?>("where") is IDictionary<string, object?> where)
        {
            services = services.Where(FilterExpressionBuilder.Build<Service>(FilterSpecs<ServiceFilter>.Instance, where));
        }

        services = Narrowed(ctx, db, services);
        var order = (ctx.GetArgument<object?>("order") as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>();
        if (ctx.GetArgument<string?>("search") is not { } text)
        {
            return SortApplier.Apply(services, SortSpecs<ServiceSort>.Instance, order).Projected(ctx);
        }

        var hits = ServiceSearch.Hits(db, text, ServiceSearch.Parse(text));
        var ranked = services.Join(hits, s => s.Id, h => h.ServiceId, (s, h) => new RankedService { Service = s, Tier = h.Tier, Rank = h.Rank }).OrderBy(r => r.Tier);
        // Name matches first; within them the caller's order, or else the engine's score.
        ranked = order is null ? ranked.ThenBy(r => r.Rank) : ranked;
        Expression<Func<RankedService, Service>> path = r => r.Service;
        return SortApplier.Apply(ranked, SortSpecs<ServiceSort>.Instance, order, path, thenBy: true).Select(path).Projected(ctx);
    }

    private static IQueryable<Service> Narrowed(IResolveFieldContext ctx, DirectoryDbContext db, IQueryable<Service> services)
    {
        if (ctx.GetArgument<int?>("ageMonths") is { } age)
        {
            services = services.Where(s => (s.MinimumAgeMonths == null || s.MinimumAgeMonths <= age) && (s.MaximumAgeMonths == null || s.MaximumAgeMonths >= age));
        }

        if (ctx.GetArgument<object?>("openOn") is IDictionary<string, object?> openOn)
        {
            var day = (DayOfWeek)openOn["day"]!;
            var at = openOn.TryGetValue("at", out var value) ? value as TimeOnly? : null;
            services = at is { } time
                ? services.Where(s => s.Schedule.Any(x => x.Day == day && x.OpensAt <= time && x.ClosesAt > time))
                : services.Where(s => s.Schedule.Any(x => x.Day == day));
        }

        if (ctx.GetArgument<string?>("deliveredAt") is { } centreId)
        {
            var centre = GlobalId.DecodeFor<ChildrensCentreType>(centreId, "deliveredAt");
            services = services.Where(s => s.Centres.Any(c => c.Id == centre));
        }

        if (ctx.GetArgument<DateTime?>("modifiedAfter") is { } after)
        {
            var utc = after.ToUniversalTime();
            services = services.Where(s => s.ModifiedAt > utc);
        }

        if (ctx.NearArea() is { } area)
        {
            var centres = db.ChildrensCentres.Within(area).Select(c => c.Id);
            var providers = db.Organisations.Within(area).Select(o => o.Id);
            // Near where it is delivered; a service at no centre is where its provider is.
            services = services.Where(s => s.Centres.Any(c => centres.Contains(c.Id)) || (!s.Centres.Any() && providers.Contains(s.ProviderId)));
        }

        return services;
    }

    private sealed class RankedService
    {
        public required Service Service { get; init; }

        public int Tier { get; init; }

        public double Rank { get; init; }
    }
}
