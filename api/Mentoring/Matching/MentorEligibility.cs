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

    public MentoringHistory History { get; } = history ?? throw new ArgumentNullException(nameof(history));

    /// <summary>Every rule the pair breaks, in the order of <see cref="IneligibilityReason"/>; empty when eligible.</summary>
    public IReadOnlyList<IneligibilityReason> Refusals(MatchingOrganisation mentor, MatchingOrganisation mentee) =>
        Refusals(new MatchProfile(mentor), new MatchProfile(mentee));

    public bool IsEligible(MatchingOrganisation mentor, MatchingOrganisation mentee) =>
        IsEligible(new MatchProfile(mentor), new MatchProfile(mentee));

    internal IReadOnlyList<IneligibilityReason> Refusals(MatchProfile mentor, MatchProfile mentee) =>
        [.. AllReasons.Where(reason => Refuses(reason, mentor, mentee))];

    internal bool IsEligible(MatchProfile mentor, MatchProfile mentee)
    {
        foreach (var reason in AllReasons)
        {
            if (Refuses(reason, mentor, mentee))
            {
                return false;
            }
        }

        return true;
    }

    private bool Refuses(IneligibilityReason reason, MatchProfile mentor, MatchProfile mentee)
    {
        int mentorId = mentor.Id, menteeId = mentee.Id;
        return reason switch
        {
            IneligibilityReason.SameOrganisation => mentorId == menteeId,
            IneligibilityReason.NotWillingToMentor => !mentor.Organisation.WillingToMentor,
            IneligibilityReason.NoFreePlaces => History.FreePlaces(mentor.Organisation) == 0,
            IneligibilityReason.MentorNotLarger => !MentorSizeRule.IsLargerThan(mentor.Organisation, mentee.Organisation),
            IneligibilityReason.MenteeHasNoNeeds => !mentee.HasNeeds,
            IneligibilityReason.CoversNoNeed => mentee.HasNeeds && !mentor.IsStrongInANeedOf(mentee),
            IneligibilityReason.AlreadyPaired => History.HoldsPlace(mentorId, menteeId),
            IneligibilityReason.DeclinedBefore => History.WasDeclined(mentorId, menteeId),
            IneligibilityReason.EndedBadlyBefore => History.EndedBadly(mentorId, menteeId),
            IneligibilityReason.Excluded => History.IsExcluded(mentorId, menteeId),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "No rule for this reason."),
        };
    }
}
