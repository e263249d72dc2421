using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class MentorEligibilityTests
{
    private static IReadOnlyList<IneligibilityReason> Refusals(
        MatchingOrganisation mentor, MatchingOrganisation mentee, MentoringPairing[]? pairings = null, MentoringExclusion[]? exclusions = null) =>
        new MentorEligibility(new MentoringHistory(pairings ?? [], exclusions ?? [])).Refusals(mentor, mentee);

    [Fact]
    public void A_willing_larger_mentor_strong_in_a_need_with_a_free_place_is_eligible()
    {
        var eligibility = new MentorEligibility(MentoringHistory.Empty);

        var eligible = eligibility.IsEligible(Mentor(1), Mentee(2));

        Assert.True(eligible);
        Assert.Empty(eligibility.Refusals(Mentor(1), Mentee(2)));
    }

    [Fact]
    public void An_organisation_never_mentors_itself()
    {
        var both = Mentor(1) with { Needs = new Dictionary<int, int> { [1] = 3 }, AnnualIncome = 5_000_000 };

        Assert.Contains(IneligibilityReason.SameOrganisation, Refusals(both, both));
    }

    [Fact]
    public void An_unwilling_organisation_is_refused()
    {
        Assert.Equal([IneligibilityReason.NotWillingToMentor], Refusals(Mentor(1, willing: false), Mentee(2)));
    }

    [Fact]
    public void A_mentor_whose_places_are_all_accepted_or_active_has_no_free_places()
    {
        var pairings = new[] { new MentoringPairing(1, 3, PairingState.Accepted), new MentoringPairing(1, 4, PairingState.Active) };

        Assert.Equal([IneligibilityReason.NoFreePlaces], Refusals(Mentor(1, maxMentees: 2), Mentee(2), pairings));
    }

    [Fact]
    public void Proposed_pairings_do_not_take_a_place()
    {
        var pairings = new[] { new MentoringPairing(1, 3, PairingState.Proposed), new MentoringPairing(1, 4, PairingState.Proposed) };

        Assert.Empty(Refusals(Mentor(1, maxMentees: 1), Mentee(2), pairings));
    }

    [Theory]
    [InlineData(SizeBand.Small, 50_000, SizeBand.Small, 25_000, true)]
    [InlineData(SizeBand.Small, 49_999, SizeBand.Small, 25_000, false)]
    [InlineData(SizeBand.Medium, 100_000, SizeBand.Small, 99_999, true)]
    [InlineData(SizeBand.Small, 99_999, SizeBand.Medium, 100_000, false)]
    [InlineData(SizeBand.Micro, 0, SizeBand.Micro, 0, false)]
    [InlineData(SizeBand.Micro, 1, SizeBand.Micro, 0, true)]
    public void A_mentor_must_be_in_a_higher_band_or_have_twice_the_income_within_the_band(
        SizeBand mentorBand, long mentorIncome, SizeBand menteeBand, long menteeIncome, bool larger)
    {
        var mentor = Mentor(1, mentorBand, mentorIncome);
        var mentee = Mentee(2, menteeBand, menteeIncome);

        var refusals = Refusals(mentor, mentee);

        Assert.Equal(larger, MentorSizeRule.IsLargerThan(mentor, mentee));
        Assert.Equal(!larger, refusals.Contains(IneligibilityReason.MentorNotLarger));
    }

    [Fact]
    public void A_mentee_without_needs_has_nothing_to_be_mentored_in()
    {
        Assert.Equal([IneligibilityReason.MenteeHasNoNeeds], Refusals(Mentor(1), Mentee(2, needs: [])));
    }

    [Fact]
    public void A_mentor_only_weak_in_the_mentees_needs_covers_none()
    {
        var mentor = Mentor(1, capacities: new() { [1] = 1, [2] = 3 });

        Assert.Equal([IneligibilityReason.CoversNoNeed], Refusals(mentor, Mentee(2, needs: new() { [1] = 3 })));
    }

    [Fact]
    public void A_pair_already_accepted_is_not_proposed_again()
    {
        Assert.Equal([IneligibilityReason.AlreadyPaired], Refusals(Mentor(1), Mentee(2), [new(1, 2, PairingState.Active)]));
    }

    [Fact]
    public void A_pair_that_was_declined_is_never_proposed_again()
    {
        Assert.Equal([IneligibilityReason.DeclinedBefore], Refusals(Mentor(1), Mentee(2), [new(1, 2, PairingState.Declined)]));
    }

    [Fact]
    public void A_pair_that_ended_badly_is_never_proposed_again()
    {
        Assert.Equal([IneligibilityReason.EndedBadlyBefore], Refusals(Mentor(1), Mentee(2), [new(1, 2, PairingState.Ended, EndedBadly: true)]));
    }

    [Fact]
    public void A_pair_that_ended_well_may_be_proposed_again()
    {
        Assert.Empty(Refusals(Mentor(1), Mentee(2), [new(1, 2, PairingState.Ended)]));
    }

    [Fact]
    public void An_exclusion_applies_whichever_way_round_it_was_recorded()
    {
        Assert.Equal([IneligibilityReason.Excluded], Refusals(Mentor(1), Mentee(2), exclusions: [new(2, 1)]));
        Assert.Equal([IneligibilityReason.Excluded], Refusals(Mentor(1), Mentee(2), exclusions: [new(1, 2)]));
    }

    [Fact]
    public void Every_rule_broken_is_reported()
    {
        var mentor = Mentor(1, SizeBand.Micro, 500, willing: false, maxMentees: 0);

        var refusals = Refusals(mentor, Mentee(2, income: 5_000), exclusions: [new(1, 2)]);

        Assert.Equal(
            [IneligibilityReason.NotWillingToMentor, IneligibilityReason.NoFreePlaces, IneligibilityReason.MentorNotLarger, IneligibilityReason.Excluded],
            refusals);
    }
}
