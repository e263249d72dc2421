using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>An organisation's readiness and support plans, added by the Consortia feature.</summary>
public static class OrganisationReadinessFields
{
    public static void AddReadinessFields(this OrganisationType type)
    {
        type.Field<NonNullGraphType<ReadinessType>>("readiness")
            .Description("How ready it is for an aim: the share of required areas it is strong in, and the gaps.")
            .Argument<NonNullGraphType<EnumerationGraphType<ReadinessAim>>>("aim", "The aim to measure against.")
            .ReadsKeyOnly()
            .Resolve(ctx =>
            {
                var requirements = ctx.RequestServices!.GetRequiredService<IOptions<ReadinessRequirements>>().Value;
                var aim = ctx.GetArgument<ReadinessAim>("aim");
                return ctx.RequestServices!.GetRequiredService<SupportPlanLoaders>().StrengthsOf.Load(ctx.Source.Id)
                    .Then(strengths => Readiness.Readiness.Of(strengths, aim, requirements));
            });
        type.RelationConnection<Organisation, SupportPlanType, SupportPlan>(
            "supportPlans", "Its support plans, newest first.", services => services.GetRequiredService<SupportPlanLoaders>().OfOrganisation, x => x.Id);
    }
}
