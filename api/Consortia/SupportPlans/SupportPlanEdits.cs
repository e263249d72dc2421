using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Mentoring;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>Making a plan (proposed from the gaps, with the matcher's best mentor per area) and changing one of its steps.</summary>
public static class SupportPlanEdits
{
    public static RecordEdit<SupportPlan, CreateSupportPlanInput> Create { get; } = new()
    {
        Action = "createSupportPlan",
        Authorise = (caller, input) => AccessPolicy.DemandActFor(caller, Organisation(input), SupportPlanEditing.Who),
        Apply = async (scope, plan, input) =>
        {
            var organisationId = Organisation(input);
            var services = scope.Services;
            if (!await scope.Db.Organisations.AnyAsync(o => o.Id == organisationId && o.ArchivedAt == null, scope.CancellationToken))
            {
                scope.Problems.Add("input.organisationId", ProblemCodes.UnknownReference, "No active organisation has this id.");
                return;
            }

            var strengths = await scope.Db.OrganisationCapacities.Where(c => c.OrganisationId == organisationId)
                .Select(c => new { c.CapacityArea.Code, c.Strength }).ToDictionaryAsync(c => c.Code, c => c.Strength, scope.CancellationToken);
            var requirements = services.GetRequiredService<IOptions<ReadinessRequirements>>().Value;
            var gaps = Readiness.Readiness.Of(strengths, input.Aim, requirements).Gaps;
            var areaIds = await scope.Db.CapacityAreas.ToDictionaryAsync(a => a.Code, a => a.Id, scope.CancellationToken);
            var pool = await services.GetRequiredService<MatchingData>().PoolAsync(scope.CancellationToken);
            var ranking = MatcherMentorRanking.For(pool.Index.Organisations, pool.History, services.GetRequiredService<IOptions<MatchingWeights>>().Value, organisationId, gaps, areaIds);
            var start = input.Start ?? DateOnly.FromDateTime(scope.Now);
            var proposal = SupportPlanProposer.Propose(organisationId, strengths, input.Aim, start, input.TargetDate, requirements, ranking);
            proposal.Problems.ToList().ForEach(p => scope.Problems.Add(p.Path, p.Code, p.Message));
            if (proposal.Problems.Count == 0 && proposal.Steps.Count == 0)
            {
                scope.Problems.Add("input.aim", ProblemCodes.InvalidState, "The organisation is already strong in every area this aim requires: there is no gap to plan for.");
            }

            (plan.OrganisationId, plan.Aim, plan.StartDate, plan.TargetDate) = (organisationId, input.Aim, start, input.TargetDate);
            (plan.CreatedBy, plan.CreatedAt) = (scope.Caller.Actor, scope.Now);
            plan.Steps = [.. proposal.Steps.Select(s => new SupportStep { Area = s.Area, Source = s.Source, MentorId = s.Mentor?.MentorId, Explanation = s.Explanation, DueDate = s.DueDate })];
        },
    };

    public static RecordEdit<SupportPlan, UpdateSupportStepInput> UpdateStep { get; } = new()
    {
        Action = "updateSupportStep",
        AuthoriseLoaded = (caller, plan) => AccessPolicy.DemandActFor(caller, plan.OrganisationId, SupportPlanEditing.Who),
        Apply = SupportStepChanges.ApplyAsync,
    };

    private static int Organisation(CreateSupportPlanInput input) => GlobalId.DecodeFor<OrganisationType>(input.OrganisationId, "input.organisationId");
}
