using BenchmarkDotNet.Attributes;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Benchmarks.Mentoring;

/// <summary>One organisation's suggestions over a pool built once, as a request would find it.</summary>
[MemoryDiagnoser]
public class MentorSuggestionBenchmarks
{
    private MentorSuggester _suggester = null!;
    private int _menteeId;
    private int _mentorId;

    [Params(1_000, 10_000, 50_000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var organisations = SyntheticDirectory.Organisations(Organisations, seed: 2013);
        _suggester = new MentorSuggester(new MatchingPool(organisations, SyntheticDirectory.History(organisations, seed: 2012), MatchingWeights.Default));

        // The most demanding cases: a mentee with the most needs (most candidates), a mentor with the most strengths.
        _menteeId = organisations.MaxBy(o => o.Needs.Count)!.Id;
        _mentorId = organisations.Where(o => o.WillingToMentor && o.MaxMentees > 1).MaxBy(o => o.Capacities.Count)!.Id;
    }

    [Benchmark]
    public IReadOnlyList<MatchScore> SuggestMentors() => _suggester.SuggestMentors(_menteeId, 10);

    [Benchmark]
    public IReadOnlyList<MatchScore> SuggestMentorsWithin3Km() => _suggester.SuggestMentors(_menteeId, 10, new SuggestionFilter(WithinKm: 3));

    [Benchmark]
    public IReadOnlyList<MatchScore> SuggestMentees() => _suggester.SuggestMentees(_mentorId, 10);
}
