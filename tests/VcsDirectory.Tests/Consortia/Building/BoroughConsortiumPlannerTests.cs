using VcsDirectory.Api.Consortia.Building;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Building;

public class BoroughConsortiumPlannerTests
{
    private const int Instances = 200;

    [Theory]
    [InlineData(ConsortiumKind.LeadPartner, 1)]
    [InlineData(ConsortiumKind.LeadPartner, 2)]
    [InlineData(ConsortiumKind.Community, 1)]
    public void The_plan_reaches_the_exhaustive_optimum_on_every_small_random_borough(ConsortiumKind kind, int limit)
    {
        var request = new BoroughPlanRequest(kind, limit);
        for (var seed = 0; seed < Instances; seed++)
        {
            var random = new Random(seed);
            var (centres, organisations) = RandomBorough(random, centres: random.Next(2, 4), organisations: random.Next(4, 7));

            var plan = BoroughConsortiumPlanner.Plan(centres, organisations, request);

            Assert.True(ExhaustiveBoroughPlans.Best(centres, organisations, request) == plan.Objective, $"seed {seed}: got {plan.Objective}");
        }
    }

    [Fact]
    public void No_organisation_is_in_more_consortia_than_the_limit_and_each_consortium_is_feasible()
    {
        for (var seed = 0; seed < Instances; seed++)
        {
            var random = new Random(seed);
            var (centres, organisations) = RandomBorough(random, centres: 3, organisations: 8);
            var request = new BoroughPlanRequest(ConsortiumKind.LeadPartner, MaxConsortiaPerOrganisation: 1 + seed % 2);

            var plan = BoroughConsortiumPlanner.Plan(centres, organisations, request);

            var memberships = plan.Consortia.SelectMany(c => c.Members).GroupBy(m => m.OrganisationId);
            Assert.All(memberships, g => Assert.True(g.Count() <= request.MaxConsortiaPerOrganisation, $"seed {seed}"));
            foreach (var consortium in plan.Consortia)
            {
                var centre = centres.Single(c => c.Id == consortium.CentreId);
                var members = consortium.Members.Select(m => organisations.Single(o => o.Id == m.OrganisationId)).ToList();
                Assert.True(ExhaustiveConsortia.IsFeasible(centre, members, request.ForOneCentre), $"seed {seed}");
            }
        }
    }

    [Fact]
    public void Two_centres_that_both_need_the_one_able_lead_get_it_where_it_covers_more()
    {
        var north = Centre(1, required: ["EARLY_YEARS", "SEND"], reach: [1]);
        var south = Centre(2, required: ["EARLY_YEARS"], reach: [1]);
        var organisations = new[] { Candidate(1, delivers: ["EARLY_YEARS", "SEND"]), Candidate(2, lead: false) };

        var plan = BoroughConsortiumPlanner.Plan([north, south], organisations, new BoroughPlanRequest(ConsortiumKind.LeadPartner));

        var only = Assert.Single(plan.Consortia);
        Assert.Equal((1, 1), (only.CentreId, only.LeadId));
        Assert.Equal(new UnformedCentre(2, "Every organisation able to lead its consortium is already in 1 consortia of this plan."), Assert.Single(plan.Unformed));
    }

    [Fact]
    public void Raising_the_limit_lets_one_organisation_serve_two_centres()
    {
        var centres = new[] { Centre(1), Centre(2) };
        var organisations = new[] { Candidate(1, delivers: ["EARLY_YEARS", "SEND"]) };

        var plan = BoroughConsortiumPlanner.Plan(centres, organisations, new BoroughPlanRequest(ConsortiumKind.LeadPartner, MaxConsortiaPerOrganisation: 2));

        Assert.Equal([1, 2], plan.Consortia.Select(c => c.CentreId));
        Assert.Equal(new ConsortiumObjective(4, 2, 2), plan.Objective);
    }

    [Fact]
    public void The_plan_does_not_depend_on_the_order_of_its_input()
    {
        var (centres, organisations) = RandomBorough(new Random(11), centres: 3, organisations: 10);
        var request = new BoroughPlanRequest(ConsortiumKind.LeadPartner);

        var plan = BoroughConsortiumPlanner.Plan(centres, organisations, request);
        var shuffled = BoroughConsortiumPlanner.Plan([.. centres.AsEnumerable().Reverse()], [.. organisations.OrderBy(o => -o.Id)], request);

        Assert.Equal(Describe(plan), Describe(shuffled));
    }

    private static string Describe(BoroughConsortiumPlan plan) =>
        string.Join(" | ", plan.Consortia.Select(c => $"{c.CentreId}:{c.LeadId}:{string.Join(",", c.Members.Select(m => m.OrganisationId))}"));
}
