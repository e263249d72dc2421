namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Scores how well one organisation would mentor another: a weighted sum of named parts, each explained.</summary>
/// <remarks>
/// Scoring says nothing about eligibility: pinned pairings are scored even when the rules would no longer allow them.
/// Locality combines a shared ward (worth 0.75 alone) and distance decay exp(−d / scale) as a noisy-or,
/// 1 − (1 − ward)(1 − near): either alone counts, both count more, and a missing location never undoes a shared ward.
/// </remarks>
public sealed class MatchScorer
{
    internal const int StrongCapacity = 2;
    internal const int MaxStrength = 3;
    internal const double SharedWardLocality = 0.75;

    public MatchScorer(MatchingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        weights.Validate();
        Weights = weights;
    }

    public MatchingWeights Weights { get; }

    public MatchScore Score(MatchingOrganisation mentor, MatchingOrganisation mentee, int mentorFreePlaces) =>
        Score(new MatchProfile(mentor), new MatchProfile(mentee), mentorFreePlaces);

    internal double Total(MatchProfile mentor, MatchProfile mentee) => Combine(Measure(mentor, mentee));

    internal MatchScore Score(MatchProfile mentor, MatchProfile mentee, int mentorFreePlaces)
    {
        var parts = Measure(mentor, mentee);
        var strengths = new int[mentee.NeedAreaIds.Length];
        mentor.StrengthsFor(mentee, strengths);
        var needs = mentee.NeedAreaIds.Select((area, n) => new NeedMatch(area, mentee.Priorities[n], strengths[n])).ToList();
        List<NeedMatch> covered = [.. needs.Where(n => n.MentorStrength >= StrongCapacity)];
        List<NeedMatch> uncovered = [.. needs.Where(n => n.MentorStrength < StrongCapacity)];
        var sharedServices = MatchProfile.CountShared(mentor.ServiceIds, mentee.ServiceIds);
        var allServices = mentor.ServiceIds.Length + mentee.ServiceIds.Length - sharedServices;
        ScoreComponent[] components =
        [
            Component(ScoreComponentKind.NeedCoverage, parts.NeedCoverage, Weights.NeedCoverage,
                ScoreExplanations.NeedCoverage(covered.Count, needs.Count, parts.NeedCoverage)),
            Component(ScoreComponentKind.SharedServices, parts.SharedServices, Weights.SharedServices,
                ScoreExplanations.SharedServices(sharedServices, allServices)),
            Component(ScoreComponentKind.Locality, parts.Locality, Weights.Locality,
                ScoreExplanations.Locality(parts.SharesWard, parts.DistanceKm)),
            Component(ScoreComponentKind.SizeGap, parts.SizeGap, Weights.SizeGap,
                ScoreExplanations.SizeGap(mentor.Organisation.SizeBand, mentee.Organisation.SizeBand)),
        ];
        return new MatchScore(mentor.Id, mentee.Id, Combine(parts), components, covered, uncovered, parts.DistanceKm, mentorFreePlaces);
    }

    private static ScoreComponent Component(ScoreComponentKind kind, double raw, double weight, string explanation) =>
        new(kind, raw, weight, raw * weight, explanation);

    // Summed in the order the components are listed, so the total equals the sum of their contributions to the bit.
    private double Combine(ScoreParts parts) =>
        (parts.NeedCoverage * Weights.NeedCoverage) + (parts.SharedServices * Weights.SharedServices) +
        (parts.Locality * Weights.Locality) + (parts.SizeGap * Weights.SizeGap);

    private ScoreParts Measure(MatchProfile mentor, MatchProfile mentee)
    {
        double? distanceKm = mentor.Organisation.Location is { } from && mentee.Organisation.Location is { } to
            ? from.DistanceKmTo(to)
            : null;
        var sharesWard = MatchProfile.CountShared(mentor.WardIds, mentee.WardIds) > 0;
        return new ScoreParts(
            NeedCoverage(mentor, mentee),
            Jaccard(mentor.ServiceIds, mentee.ServiceIds),
            Locality(sharesWard, distanceKm),
            SizeGapCurve.Value(MentorSizeRule.BandGap(mentor.Organisation, mentee.Organisation)),
            distanceKm,
            sharesWard);
    }

    /// <summary>Σ priority × strength / 3 over the mentee's needs, over Σ priority: 1 when the mentor can teach every need.</summary>
    private static double NeedCoverage(MatchProfile mentor, MatchProfile mentee)
    {
        if (mentee.PriorityTotal == 0)
        {
            return 0;
        }

        var count = mentee.NeedAreaIds.Length;
        Span<int> strengths = count <= 32 ? stackalloc int[count] : new int[count];
        mentor.StrengthsFor(mentee, strengths);
        var weighted = 0;
        for (var n = 0; n < count; n++)
        {
            weighted += mentee.Priorities[n] * strengths[n];
        }

        return weighted / (double)(MaxStrength * mentee.PriorityTotal);
    }

    private static double Jaccard(int[] sortedA, int[] sortedB)
    {
        var shared = MatchProfile.CountShared(sortedA, sortedB);
        var union = sortedA.Length + sortedB.Length - shared;
        return union == 0 ? 0 : shared / (double)union;
    }

    private double Locality(bool sharesWard, double? distanceKm)
    {
        var ward = sharesWard ? SharedWardLocality : 0;
        var near = distanceKm is { } km ? Math.Exp(-km / Weights.DistanceScaleKm) : 0;
        return 1 - ((1 - ward) * (1 - near));
    }

    private readonly record struct ScoreParts(double NeedCoverage, double SharedServices, double Locality, double SizeGap, double? DistanceKm, bool SharesWard);
}
