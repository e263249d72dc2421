using GraphQL.Types;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class ReadinessType : DirectoryObjectGraphType<Readiness.Readiness>
{
    public ReadinessType()
    {
        Name = "Readiness";
        Description = "How ready an organisation is for an aim: the share of the required capacity areas it is already strong (2 or more) in, and the gaps.";
        Field(r => r.Aim, type: typeof(NonNullGraphType<EnumerationGraphType<ReadinessAim>>)).Description("The aim.");
        Field(r => r.Share).Description("From 0 to 1; 1 when ready.");
        Field(r => r.RequiredAreas).Description("The capacity areas the aim requires (configuration Consortia:Readiness).");
        Field(r => r.StrongAreas).Description("The required areas it is strong in.");
        Field(r => r.Gaps).Description("The required areas it is not yet strong in: what a support plan would address.");
        Field(r => r.IsReady).Description("True when there is no gap.");
    }
}
