using System.Runtime.CompilerServices;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The rules that decide whether one organisation may be proposed as another's mentor.</summary>
/// <remarks>
/// A mentor must: be another organisation; be willing to mentor; have a free place (see
/// <see cref="MentoringHistory.FreePlaces"/>); be larger (see <see cref="MentorSizeRule"/>); be strong (2 or more) in at
/// least one of the mentee's needs, which requires the mentee to have one; not already hold an Accepted or Active
/// pairing with it; never have been Declined by, or have Ended badly with, it; and not be excluded from it.
/// </remarks>
public sealed class MentorEligibility(MentoringHistory history)
{
    private static readonly IneligibilityReason[] AllReasons = Enum.GetValues<IneligibilityReason>();

    // The rules that depend on the mentor alone: the planner checks them once per mentor, not once per pair.
    private static readonly IneligibilityReason[] MentorReasons = [IneligibilityReason.NotWillingToMentor, IneligibilityReason.NoFreePlaces];

    private static readonly IneligibilityReason[] PairReasons = [.. AllReasons.Except(MentorReasons)];

    // Most pairs have no history at all; for them the rules that read the history need not run.
    private static readonly IneligibilityReason[] PairReasonsWithoutHistory =
        [.. PairReasons.Except([IneligibilityReason.AlreadyPaired, IneligibilityReason.DeclinedBefore, IneligibilityReason.EndedBadlyBefore, IneligibilityReason.Excluded])];

    public MentoringHistory History { get; } = history ?? throw new ArgumentNullException(nameof(history));

    /// <summary>Every rule the pair breaks, in the order of <see cref="IneligibilityReason"/>; empty when eligible.</summary>
    public IReadOnlyList<IneligibilityReason> Refusals(MatchingOrganisation mentor, MatchingOrganisation mentee)
    {
        var vocabulary = new MatchVocabulary([mentor, mentee]);
        var (mentorProfile, menteeProfile) = (new MatchProfile(mentor, vocabulary), new MatchProfile(mentee, vocabulary));
        var record = History.RecordOf(mentor.Id, mentee.Id);
        return [.. AllReasons.Where(reason => Refuses(reason, mentorProfile, menteeProfile, record))];
    }

    public bool IsEligible(MatchingOrganisation mentor, MatchingOrganisation mentee) => Refusals(mentor, mentee).Count == 0;

    internal bool IsEligible(MatchProfile mentor, MatchProfile mentee) => CanMentor(mentor) && IsEligiblePair(mentor, mentee);

    /// <summary>The rules on the mentor alone: willing, with a free place.</summary>
    internal bool CanMentor(MatchProfile mentor) => !Array.Exists(MentorReasons, reason => Refuses(reason, mentor, mentor, PairRecord.None));

    /// <summary>The rules on the pair, for a mentor that <see cref="CanMentor"/>.</summary>
    internal bool IsEligiblePair(MatchProfile mentor, MatchProfile mentee)
    {
        // The history is read once per pair, not once per rule: the planner asks this for millions of pairs.
        var record = History.RecordOf(mentor.Id, mentee.Id);
        foreach (var reason in record == PairRecord.None ? PairReasonsWithoutHistory : PairReasons)
        {
            if (Refuses(reason, mentor, mentee, record))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Refuses(IneligibilityReason reason, MatchProfile mentor, MatchProfile mentee, PairRecord record) =>
        reason switch
        {
            IneligibilityReason.SameOrganisation => mentor.Id == mentee.Id,
            IneligibilityReason.NotWillingToMentor => !mentor.Organisation.WillingToMentor,
            IneligibilityReason.NoFreePlaces => History.FreePlaces(mentor.Organisation) == 0,
            IneligibilityReason.MentorNotLarger => !MentorSizeRule.IsLargerThan(mentor.Organisation, mentee.Organisation),
            IneligibilityReason.MenteeHasNoNeeds => !mentee.HasNeeds,
            IneligibilityReason.CoversNoNeed => mentee.HasNeeds && !mentor.IsStrongInANeedOf(mentee),
            IneligibilityReason.AlreadyPaired => record.HasFlag(PairRecord.HoldsPlace),
            IneligibilityReason.DeclinedBefore => record.HasFlag(PairRecord.Declined),
            IneligibilityReason.EndedBadlyBefore => record.HasFlag(PairRecord.EndedBadly),
            IneligibilityReason.Excluded => record.HasFlag(PairRecord.Excluded),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "No rule for this reason."),
        };
}
