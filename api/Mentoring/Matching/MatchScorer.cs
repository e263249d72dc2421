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

    public MatchScore Score(MatchingOrganisation mentor, MatchingOrganisation mentee, int mentorFreePlaces)
    {
        var vocabulary = new MatchVocabulary([mentor, mentee]);
        return Score(new MatchProfile(mentor, vocabulary), new MatchProfile(mentee, vocabulary), mentorFreePlaces);
    }

    internal double Total(MatchProfile mentor, MatchProfile mentee) => Combine(Measure(mentor, mentee));

    internal MatchScore Score(MatchProfile mentor, MatchProfile mentee, int mentorFreePlaces)
    {
        var parts = Measure(mentor, mentee);
        var needs = mentee.NeedAreaIds
            .Select((area, n) => new NeedMatch(area, mentee.Priorities[n], mentor.StrengthByArea[mentee.NeedAreaIndexes[n]]))
            .ToList();
        List<NeedMatch> covered = [.. needs.Where(n => n.MentorStrength >= StrongCapacity)];
        List<NeedMatch> uncovered = [.. needs.Where(n => n.MentorStrength < StrongCapacity)];
        var sharedServices = BitSets.CountShared(mentor.Services, mentee.Services);
        var allServices = mentor.ServiceCount + mentee.ServiceCount - sharedServices;
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
        var distanceKm = mentor.DistanceKmTo(mentee);
        var sharesWard = mentor.SharesAWardWith(mentee);
        return new ScoreParts(
            NeedCoverage(mentor, mentee),
            Jaccard(mentor, mentee),
            Locality(sharesWard, distanceKm),
            SizeGapCurve.Value(MentorSizeRule.BandGap(mentor.Organisation, mentee.Organisation)),
            distanceKm,
            sharesWard);
    }

    /// <summary>Σ priority × strength / 3 over the mentee's needs, over Σ priority: 1 when the mentor can teach every need.</summary>
    private static double NeedCoverage(MatchProfile mentor, MatchProfile mentee)
    {
        var weighted = 0;
        for (var n = 0; n < mentee.NeedAreaIndexes.Length; n++)
        {
            weighted += mentee.Priorities[n] * mentor.StrengthByArea[mentee.NeedAreaIndexes[n]];
        }

        return mentee.PriorityTotal == 0 ? 0 : weighted / (double)(MaxStrength * mentee.PriorityTotal);
    }

    private static double Jaccard(MatchProfile mentor, MatchProfile mentee)
    {
        var shared = BitSets.CountShared(mentor.Services, mentee.Services);
        var union = mentor.ServiceCount + mentee.ServiceCount - shared;
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
