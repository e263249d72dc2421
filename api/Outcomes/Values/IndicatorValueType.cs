using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Outcomes.Values;

public sealed class IndicatorValueType : DirectoryObjectGraphType<IndicatorValue>
{
    public IndicatorValueType()
    {
        Name = "IndicatorValue";
        Description = "A recorded indicator's value for a centre on a day: a figure about the centre, never about a family or a person.";
        this.AsNode(v => v.Id);
        Field(v => v.Version).Description("Always 1: a recorded value is kept as it was; record a new one to correct it.");
        Field<NonNullGraphType<ChildrensCentreType>>("centre").Description("The centre.").Reads(nameof(IndicatorValue.CentreId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field(v => v.IndicatorCode).Description("The indicator's code in the outcome framework.");
        Field(v => v.Value).Description("The figure, in the indicator's unit.");
        Field(v => v.On, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The day it describes.");
        Field(v => v.Note, nullable: true).Description("Where it comes from or what it means.");
        Field(v => v.IsSynthetic).Description("True for demo or test figures.");
    }
}
