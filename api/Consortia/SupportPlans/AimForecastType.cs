using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class AimForecastType : DirectoryObjectGraphType<AimForecast>
{
    public AimForecastType()
    {
        Name = "AimForecast";
        Description = "How many organisations are ready for an aim today, and by the horizon if their plans keep to their dates.";
        Field(a => a.Aim, type: typeof(NonNullGraphType<EnumerationGraphType<ReadinessAim>>)).Description("The aim.");
        Field(a => a.ReadyNow).Description("Ready today.");
        Field(a => a.ReadyByHorizon).Description("Ready by the horizon.");
        Field(a => a.NewlyReadyIds).Description("Database ids of those ready by the horizon but not today, ascending.");
    }
}
