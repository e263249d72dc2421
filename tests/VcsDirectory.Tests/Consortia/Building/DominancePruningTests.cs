using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Tests.Consortia.Building;

public class DominancePruningTests
{
    private const int Instances = 80;

    // One or two required categories, each candidate delivering some of them in one or two reach wards: many are alike.
    private static (ConsortiumCentre Centre, List<ConsortiumCandidate> Organisations) Crowded(int seed)
    {
        var random = new Random(seed);
        var required = ConsortiumInstances.Subset(random, ConsortiumInstances.Codes, 1, 2);
        var centre = ConsortiumInstances.Centre(required: [.. required], reach: [1, 2]);
        var organisations = Enumerable.Range(1, random.Next(10, 14)).Select(id => ConsortiumInstances.Candidate(
            id,
            delivers: [.. ConsortiumInstances.Subset(random, required, 1, required.Count)],
            wards: [.. ConsortiumInstances.Subset(random, [1, 2, 3], 1, 2)],
            band: (SizeBand)random.Next(1, 4),
            join: random.NextDouble() < 0.9,
            lead: random.NextDouble() < 0.5,
            governance: random.Next(1, 4))).ToList();
        return (centre, organisations);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Leaving_dominated_candidates_out_keeps_the_exhaustive_k_best_objectives(int first)
    {
        var request = new ConsortiumRequest(ConsortiumKind.LeadPartner, First: first);
        var pruned = 0;
        for (var seed = 0; seed < Instances; seed++)
        {
            var (centre, organisations) = Crowded(seed);
            var candidates = CentreCandidates.For(centre, organisations, request);
            pruned += candidates.Eligible.Count - DominancePruning.Keep(candidates.Eligible, DominancePruning.KeepForBuilder(candidates.Categories.Length, first)).Count;
            var expected = ExhaustiveConsortia.Ranked(centre, organisations, request).Take(first);

            var options = ConsortiumBuilder.Build(centre, organisations, request);

            Assert.True(expected.SequenceEqual(options.Alternatives.Select(a => a.Objective)), $"seed {seed}");
        }

        Assert.True(pruned >= Instances / 4, $"only {pruned} candidates were left out: the instances should exercise the pruning");
    }

    [Fact]
    public void A_candidate_is_kept_while_fewer_than_the_threshold_dominate_it()
    {
        var centre = CentreCandidates.For(
            ConsortiumInstances.Centre(required: ["EARLY_YEARS", "SEND"], reach: [1, 2]),
            [
                ConsortiumInstances.Candidate(1, delivers: ["EARLY_YEARS", "SEND"]),
                ConsortiumInstances.Candidate(2, delivers: ["EARLY_YEARS", "SEND"]),
                ConsortiumInstances.Candidate(3, delivers: ["EARLY_YEARS"]),
                ConsortiumInstances.Candidate(4, delivers: ["SEND"], wards: [1, 2]),
            ],
            new ConsortiumRequest(ConsortiumKind.LeadPartner));

        var kept = DominancePruning.Keep(centre.Eligible, keep: 2);

        Assert.Equal([1, 2, 4], kept.Select(c => c.Id));
    }
}
