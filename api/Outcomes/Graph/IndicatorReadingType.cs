using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Progress;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class IndicatorReadingType : DirectoryObjectGraphType<IndicatorReading>
{
    public IndicatorReadingType()
    {
        Name = "IndicatorReading";
        Description = "An indicator's value on a day.";
        Field(r => r.Value).Description("The figure, in the indicator's unit.");
        Field(r => r.On, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The day it describes (today for a computed value).");
        Field(r => r.Note, nullable: true).Description("The recorder's note; null for a computed value.");
        Field(r => r.IsComputed).Description("True when the directory computed it now from its records.");
        Field(r => r.IsSynthetic).Description("True for demo or test figures.");
    }
}
