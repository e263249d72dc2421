using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Options;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Protection;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public static class ReadinessForecastQueries
{
    public const int MaxMonths = 60;

    public static void AddReadinessForecastQueries(this ObjectGraphType query) =>
        query.Field<ReadinessOutlookType>("readinessForecast")
            .Description("How many organisations will be ready for each aim in `months` if their support plans keep to their dates, and which centres a consortium of `kind` could then cover better than today. Requires: CVS staff.")
            .Argument<NonNullGraphType<IntGraphType>>("months", $"The horizon, 0 to {MaxMonths} months from today.")
            .Argument<EnumerationGraphType<ConsortiumKind>>("kind", "The kind of consortium to rebuild the centres for (default COMMUNITY).")
            .ResolveAsync(async ctx =>
            {
                AccessPolicy.DemandStaff(DirectoryCaller.From(ctx.User));
                var months = ctx.GetArgument<int>("months");
                if (months is < 0 or > MaxMonths)
                {
                    throw new ExecutionError($"months must be between 0 and {MaxMonths}.") { Code = ErrorCodes.InvalidArgument };
                }

                return await ForecastAsync(ctx, months, ctx.GetArgument("kind", ConsortiumKind.Community));
            })
            .PricedComputation(ConsortiaPrices.Forecast);

    private static async Task<ReadinessOutlook> ForecastAsync(IResolveFieldContext context, int months, ConsortiumKind kind)
    {
        var services = context.RequestServices!;
        var db = services.GetRequiredService<DirectoryDbContext>();
        var requirements = services.GetRequiredService<IOptions<ReadinessRequirements>>().Value;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var data = services.GetRequiredService<ConsortiumData>();
        var organisations = await data.OrganisationsAsync(context.CancellationToken);
        var steps = (await db.SupportPlans.SelectMany(p => p.Steps.Where(s => s.DoneAt == null), (p, s) => new { p.OrganisationId, s.Area, s.DueDate }).ToListAsync(context.CancellationToken))
            .ToLookup(s => s.OrganisationId, s => new PlannedStep(s.Area, s.DueDate));
        var forecast = organisations.Select(o => new ForecastOrganisation(o.Id, o.Strengths, [.. steps[o.Id]])).ToList();
        var aims = ReadinessForecast.Project(forecast, today, months, requirements);
        var projected = forecast.Where(o => o.Steps.Count > 0)
            .ToDictionary(o => o.Id, o => ReadinessForecast.StrengthsBy(o, today.AddMonths(months)));
        var centres = await data.CentresAsync(context.CancellationToken);
        var unlocked = ConsortiumQueryLimits.Solve(() => ReadinessForecast.CentresUnlocked(
            centres, organisations, projected, new ConsortiumRequest(kind, MaxSecondsPerSolve: ConsortiumQueryLimits.MaxSecondsPerSolve)));
        return new ReadinessOutlook(months, kind, aims, unlocked);
    }
}
