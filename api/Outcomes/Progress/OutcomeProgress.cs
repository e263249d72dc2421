using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Indicators;
using VcsDirectory.Api.Outcomes.Specifications;

namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>Reads a specification's progress: its targets, the centre's recorded values, and the computed indicators computed now.</summary>
public sealed class OutcomeProgress(DirectoryDbContext db, OutcomeData data, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The specification in force on a day: the latest whose period started by then (the last one, once it has ended).</summary>
    public Task<ServiceSpecification?> InForceAsync(int centreId, DateOnly on, CancellationToken cancellationToken) =>
        db.ServiceSpecifications.AsNoTracking().Where(s => s.CentreId == centreId && s.PeriodStart <= on)
            .OrderByDescending(s => s.PeriodStart).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<IndicatorProgress>> ProgressAsync(int specificationId, CancellationToken cancellationToken)
    {
        var spec = await db.ServiceSpecifications.AsNoTracking().FirstAsync(s => s.Id == specificationId, cancellationToken);
        return await ProgressAsync(spec, cancellationToken);
    }

    public async Task<IReadOnlyList<IndicatorProgress>> ProgressAsync(ServiceSpecification spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var records = await data.RecordsForAsync(spec.CentreId, cancellationToken)
            ?? throw new InvalidOperationException($"Centre {spec.CentreId} of specification {spec.Id} is missing.");
        var recorded = await db.IndicatorValues.AsNoTracking().Where(v => v.CentreId == spec.CentreId)
            .Select(v => new RecordedReading(v.IndicatorCode, v.Id, new IndicatorReading(v.Value, v.On, v.Note, v.IsSynthetic, false)))
            .ToListAsync(cancellationToken);
        return SpecificationProgress.Build(spec.Targets, recorded, code => IndicatorCalculator.Compute(code, records), Today, PooleOutcomeFramework.Instance);
    }

    /// <summary>Every indicator of the framework across the centres whose specification in force commits to it.</summary>
    public async Task<IReadOnlyList<IndicatorSummary>> SummaryAsync(CancellationToken cancellationToken)
    {
        var centres = new List<(int, bool, IReadOnlyList<IndicatorProgress>)>();
        foreach (var centreId in await db.ChildrensCentres.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken))
        {
            if (await InForceAsync(centreId, Today, cancellationToken) is { } spec)
            {
                centres.Add((centreId, spec.IsSynthetic, await ProgressAsync(spec, cancellationToken)));
            }
        }

        return IndicatorSummary.Build(PooleOutcomeFramework.Instance, centres);
    }
}
