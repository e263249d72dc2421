using VcsDirectory.Api.Consortia.Building;

namespace VcsDirectory.Tests.Consortia.Building;

public class ConsortiumBuilderPropertyTests
{
    private const int Instances = 300;

    [Theory]
    [InlineData(ConsortiumKind.LeadPartner)]
    [InlineData(ConsortiumKind.Community)]
    public void The_best_alternatives_have_the_exhaustive_k_best_objectives_on_every_small_random_instance(ConsortiumKind kind)
    {
        var request = new ConsortiumRequest(kind, First: 3);
        var withThree = 0;
        for (var seed = 0; seed < Instances; seed++)
        {
            var (centre, organisations) = ConsortiumInstances.Random(new Random(seed));
            var expected = ExhaustiveConsortia.Ranked(centre, organisations, request).Take(3).ToList();

            var options = ConsortiumBuilder.Build(centre, organisations, request);

            Assert.True(expected.SequenceEqual(options.Alternatives.Select(a => a.Objective)),
                $"seed {seed}: expected [{string.Join("; ", expected)}], got [{string.Join("; ", options.Alternatives.Select(a => a.Objective))}]");
            withThree += expected.Count == 3 ? 1 : 0;
        }

        Assert.True(withThree >= Instances / 5, $"only {withThree} instances have three alternatives: the generator should make more");
    }

    [Fact]
    public void Every_alternative_is_a_distinct_feasible_member_set_whose_objective_is_what_its_members_give()
    {
        var request = new ConsortiumRequest(ConsortiumKind.LeadPartner, First: 4);
        for (var seed = 0; seed < Instances; seed++)
        {
            var (centre, organisations) = ConsortiumInstances.Random(new Random(seed));

            var alternatives = ConsortiumBuilder.Build(centre, organisations, request).Alternatives;

            var sets = alternatives.Select(a => string.Join(",", a.Members.Select(m => m.OrganisationId).Order())).ToList();
            Assert.Equal(sets.Count, sets.Distinct().Count());
            foreach (var alternative in alternatives)
            {
                var members = alternative.Members.Select(m => organisations.Single(o => o.Id == m.OrganisationId)).ToList();
                Assert.True(ExhaustiveConsortia.IsFeasible(centre, members, request), $"seed {seed}");
                Assert.Equal(ExhaustiveConsortia.Objective(centre, members), alternative.Objective);
                Assert.Empty(ConsortiumEligibility.LeadRefusals(centre, members.Single(m => m.Id == alternative.LeadId), request.Kind, request.RadiusKm));
            }
        }
    }
}
