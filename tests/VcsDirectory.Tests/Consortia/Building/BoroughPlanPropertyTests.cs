using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Tests.Consortia.Building;

/// <summary>The borough plan against exhaustive search on random boroughs that exercise each of its shortcuts.</summary>
public class BoroughPlanPropertyTests
{
    private const int Instances = 120;

    [Theory]
    [InlineData(ConsortiumKind.LeadPartner, 1)]
    [InlineData(ConsortiumKind.Community, 2)]
    public void Boroughs_in_parts_that_share_no_organisation_reach_the_exhaustive_optimum(ConsortiumKind kind, int limit)
    {
        var request = new BoroughPlanRequest(kind, limit);
        var split = 0;
        for (var seed = 0; seed < Instances; seed++)
        {
            var (centres, organisations) = BoroughInstances.Split(new Random(seed));
            split += PlanGroups.Of([.. centres.Select(c => CentreCandidates.For(c, organisations, request.ForOneCentre)).Where(c => c.AnyCanLead)], limit).Count > 1 ? 1 : 0;

            var plan = BoroughConsortiumPlanner.Plan(centres, organisations, request);

            Assert.True(ExhaustiveBoroughPlans.Best(centres, organisations, request) == plan.Objective, $"seed {seed}: got {plan.Objective}");
        }

        Assert.True(split >= Instances / 8, $"only {split} of {Instances} boroughs were planned in parts: the instances should split");
    }

    [Theory]
    [InlineData(ConsortiumKind.LeadPartner, 1)]
    [InlineData(ConsortiumKind.LeadPartner, 2)]
    [InlineData(ConsortiumKind.Community, 1)]
    public void Crowded_boroughs_where_candidates_are_left_out_reach_the_exhaustive_optimum(ConsortiumKind kind, int limit)
    {
        var request = new BoroughPlanRequest(kind, limit);
        var leftOut = 0;
        for (var seed = 0; seed < Instances; seed++)
        {
            var random = new Random(seed);
            var (centres, organisations) = BoroughInstances.Crowded(random, centres: 2, organisations: random.Next(8, 11));
            leftOut += LeftOutAtFirstTry(centres, organisations, request);

            var plan = BoroughConsortiumPlanner.Plan(centres, organisations, request);

            Assert.True(ExhaustiveBoroughPlans.Best(centres, organisations, request) == plan.Objective, $"seed {seed}: got {plan.Objective}");
        }

        Assert.True(leftOut >= Instances / 8, $"only {leftOut} candidates were left out: the instances should exercise the pruning");
    }

    /// <summary>How many candidates the plan's first, tightest model leaves out as dominated (see BoroughGroupModel).</summary>
    private static int LeftOutAtFirstTry(List<ConsortiumCentre> centres, List<ConsortiumCandidate> organisations, BoroughPlanRequest request)
    {
        var able = centres.Select(c => CentreCandidates.For(c, organisations, request.ForOneCentre)).Where(c => c.AnyCanLead).ToList();
        var alone = able.Select(c => ConsortiumBuilder.Build(c, organisations).Alternatives[0].Objective).ToList();
        return able.Select((c, i) =>
        {
            var tight = TightConsortia.Of(c, alone[i].CoveredCategories, alone[i].Members);
            return tight.Count - DominancePruning.Keep(tight, DominancePruning.KeepForPlan(
                alone[i].Members, alone.Where((_, j) => j != i).Select(a => a.Members), request.MaxConsortiaPerOrganisation)).Count;
        }).Sum();
    }
}
