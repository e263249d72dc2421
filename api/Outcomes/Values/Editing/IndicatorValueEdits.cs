using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Values.Editing;

public static class IndicatorValueEdits
{
    public static RecordEdit<IndicatorValue, RecordIndicatorValueInput> Record { get; } = new()
    {
        Action = "recordIndicatorValue",
        Authorise = (caller, input) => AccessPolicy.DemandManageCentre(caller, GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId, "input.centreId")),
        Apply = async (scope, value, input) =>
        {
            value.CentreId = GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId, "input.centreId");
            if (!await scope.Db.ChildrensCentres.AnyAsync(c => c.Id == value.CentreId, scope.CancellationToken))
            {
                scope.Problems.Add("input.centreId", ProblemCodes.UnknownReference, "No children's centre has this id.");
            }

            if (input.On > DateOnly.FromDateTime(scope.Now))
            {
                scope.Problems.Add("input.on", ProblemCodes.OutOfRange, "A value describes a day that has come.");
            }

            (value.IndicatorCode, value.Value, value.On, value.Note) = (input.Indicator, input.Value, input.On, input.Note);
            (value.IsSynthetic, value.RecordedAt) = (input.IsSynthetic ?? false, scope.Now);
        },
    };
}
