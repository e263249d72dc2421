using VcsDirectory.Api.Mentoring.Matching;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class CandidateIndexTests
{
    private static readonly double?[] Radii = [null, 0.5, 1.5, 4, 50];

    // Brute force, straight from the records: willing, another organisation, strong (2+) in one of the needs, within reach.
    private static bool IsCandidatePair(MatchingOrganisation mentor, MatchingOrganisation mentee, double? withinKm) =>
        mentor.Id != mentee.Id && mentor.WillingToMentor &&
        mentee.Needs.Keys.Any(area => mentor.Capacities.GetValueOrDefault(area) >= 2) &&
        (withinKm is not { } km || (mentor.Location is { } a && mentee.Location is { } b && a.DistanceKmTo(b) <= km));

    private static IEnumerable<(CandidateIndex Index, List<MatchingOrganisation> Organisations)> RandomIndexes() =>
        Enumerable.Range(0, 10).Select(seed => RandomInstances.Mixed(new Random(seed), 120)).Select(o => (new CandidateIndex(o), o));

    [Fact]
    public void Candidate_mentors_equal_a_brute_force_scan_of_all_pairs()
    {
        foreach (var (index, organisations) in RandomIndexes())
        {
            foreach (var mentee in organisations)
            {
                foreach (var radius in Radii)
                {
                    var expected = organisations.Where(o => IsCandidatePair(o, mentee, radius)).Select(o => o.Id);

                    var actual = index.CandidateMentors(mentee.Id, radius).Select(o => o.Id);

                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void Candidate_mentees_equal_a_brute_force_scan_of_all_pairs()
    {
        foreach (var (index, organisations) in RandomIndexes())
        {
            foreach (var mentor in organisations)
            {
                foreach (var radius in Radii)
                {
                    var expected = organisations.Where(o => IsCandidatePair(mentor, o, radius)).Select(o => o.Id);

                    var actual = index.CandidateMentees(mentor.Id, radius).Select(o => o.Id);

                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void A_mentor_strong_in_none_of_the_needs_is_not_a_candidate()
    {
        var index = new CandidateIndex([Mentor(1, capacities: new() { [1] = 1, [2] = 3 }), Mentor(2, capacities: new() { [1] = 2 }), Mentee(3)]);

        Assert.Equal([2], index.CandidateMentors(3).Select(o => o.Id));
    }

    [Fact]
    public void A_radius_filter_leaves_out_organisations_without_a_location()
    {
        var index = new CandidateIndex([Mentor(1), Mentor(2, location: PooleQuay), Mentee(3, location: KmNorthOf(PooleQuay, 1))]);

        Assert.Equal([2], index.CandidateMentors(3, withinKm: 2).Select(o => o.Id));
        Assert.Equal([1, 2], index.CandidateMentors(3).Select(o => o.Id));
    }

    [Fact]
    public void The_same_id_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new CandidateIndex([Mentor(1), Mentee(1)]));
    }

    [Fact]
    public void An_unknown_id_is_reported_as_not_found()
    {
        Assert.Throws<KeyNotFoundException>(() => new CandidateIndex([Mentor(1)]).CandidateMentors(99));
    }
}
