using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Values.Editing;

/// <summary>How indicator values are recorded: by the centre's manager or CVS staff, only for recorded indicators, within the indicator's unit.</summary>
public sealed class IndicatorValueEditing : EditableRecord<IndicatorValue>
{
    public static IndicatorValueEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(IndicatorValueType).GraphQLName();

    public override string Noun => "indicator value";

    public override IQueryable<IndicatorValue> Records(DirectoryDbContext db) => db.IndicatorValues;

    public override void Authorise(DirectoryCaller caller, int? id) => OutcomeAccess.DemandSomeCentre(caller);

    public override void Validate(ProblemList problems, IndicatorValue record)
    {
        problems.Text("input.note", record.Note, 500);
        if (OutcomeRules.Indicator(problems, "input.indicator", record.IndicatorCode) is not { } indicator)
        {
            return;
        }

        if (indicator.IsComputed)
        {
            problems.Add("input.indicator", ProblemCodes.ComputedIndicator, $"'{indicator.Code}' is computed from the directory's records on every read: change the records instead.");
            return;
        }

        OutcomeRules.Figure(problems, "input.value", indicator, record.Value);
    }
}
