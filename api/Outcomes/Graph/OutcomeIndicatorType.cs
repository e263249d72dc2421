using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Framework;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class OutcomeIndicatorType : DirectoryObjectGraphType<OutcomeIndicator>
{
    public OutcomeIndicatorType()
    {
        Name = "OutcomeIndicator";
        Description = "A measure of an outcome: a figure about a centre, never about a family or a person.";
        Field(i => i.Code).Description("Its code: specifications, values and proposals name it by this.");
        Field(i => i.Name).Description("What it measures, in a few words.");
        Field(i => i.Unit, type: typeof(NonNullGraphType<EnumerationGraphType<IndicatorUnit>>)).Description("What its value counts.");
        Field(i => i.Direction, type: typeof(NonNullGraphType<EnumerationGraphType<IndicatorDirection>>)).Description("Which way is better.");
        Field(i => i.HowMeasured).Description("Its definition, to check a value against.");
        Field(i => i.Source).Description("Where the indicator comes from.");
        Field(i => i.Basis, type: typeof(NonNullGraphType<EnumerationGraphType<IndicatorBasis>>)).Description("Computed by the directory on every read, or recorded by people.");
    }
}
