using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class ReadinessOutlookType : DirectoryObjectGraphType<ReadinessOutlook>
{
    public ReadinessOutlookType()
    {
        Name = "ReadinessForecast";
        Description = "What support plans would change by a horizon if every open step kept to its due date.";
        Field(o => o.Months).Description("The horizon, in months from today.");
        Field(o => o.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumKind>>)).Description("The kind of consortium the centres were rebuilt for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AimForecastType>>>>("aims").Description("Per aim: ready today and by the horizon.").Resolve(ctx => ctx.Source.Aims);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnlockedCentreType>>>>("unlockedCentres")
            .Description("Centres whose best consortium of the kind would cover more required categories by the horizon than today.").Resolve(ctx => ctx.Source.UnlockedCentres);
    }
}
