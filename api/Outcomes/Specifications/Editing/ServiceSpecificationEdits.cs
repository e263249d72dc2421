using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

public static class ServiceSpecificationEdits
{
    public static RecordEdit<ServiceSpecification, ServiceSpecificationChanges> Create { get; } = new()
    {
        Action = "createServiceSpecification",
        Apply = async (scope, spec, input) =>
        {
            var centreId = GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId ?? "", "input.centreId");
            if (!await scope.Db.ChildrensCentres.AnyAsync(c => c.Id == centreId, scope.CancellationToken))
            {
                scope.Problems.Add("input.centreId", ProblemCodes.UnknownReference, "No children's centre has this id.");
                return;
            }

            spec.CentreId = centreId;
            await ApplyAsync(scope, spec, input);
        },
    };

    public static RecordEdit<ServiceSpecification, ServiceSpecificationChanges> Update { get; } = new()
    {
        Action = "updateServiceSpecification",
        Apply = ApplyAsync,
    };

    private static async Task ApplyAsync(EditScope scope, ServiceSpecification spec, ServiceSpecificationChanges input)
    {
        spec.PeriodStart = input.PeriodStart.Or(spec.PeriodStart) ?? spec.PeriodStart;
        spec.PeriodEnd = input.PeriodEnd.Or(spec.PeriodEnd) ?? spec.PeriodEnd;
        if (input.Targets.IsSet)
        {
            spec.Targets = (input.Targets.Value ?? [])
                .Select(t => new IndicatorTarget { IndicatorCode = t.Indicator, Target = t.Target, Baseline = t.Baseline }).ToList();
        }

        spec.IsSynthetic = input.IsSynthetic.Or(spec.IsSynthetic) ?? false;
        spec.ModifiedAt = scope.Now;
        var (id, centre, start, end) = (spec.Id, spec.CentreId, spec.PeriodStart, spec.PeriodEnd);
        await scope.RefuseIfAnyAsync(
            scope.Db.ServiceSpecifications.Where(s => s.CentreId == centre && s.Id != id && s.PeriodStart <= end && start <= s.PeriodEnd),
            "input.periodStart", ProblemCodes.Inconsistent, "Another of the centre's specifications covers part of this period.");
    }
}
