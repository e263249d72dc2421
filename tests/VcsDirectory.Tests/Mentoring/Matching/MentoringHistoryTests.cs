using VcsDirectory.Api.Mentoring.Matching;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class MentoringHistoryTests
{
    [Fact]
    public void Free_places_count_accepted_and_active_pairings_but_not_proposed_declined_or_ended()
    {
        var history = new MentoringHistory(
            [
                new(1, 10, PairingState.Accepted), new(1, 11, PairingState.Active), new(1, 12, PairingState.Proposed),
                new(1, 13, PairingState.Declined), new(1, 14, PairingState.Ended),
            ],
            []);

        Assert.Equal(1, history.FreePlaces(Mentor(1, maxMentees: 3)));
    }

    [Fact]
    public void A_pair_recorded_twice_holds_one_place()
    {
        var history = new MentoringHistory([new(1, 10, PairingState.Accepted), new(1, 10, PairingState.Active)], []);

        Assert.Equal(1, history.PlacesHeld(1));
        Assert.Single(history.PlaceHoldingPairings);
    }

    [Fact]
    public void Free_places_never_go_below_zero_when_a_mentor_lowers_its_maximum()
    {
        var history = new MentoringHistory([new(1, 10, PairingState.Active), new(1, 11, PairingState.Active)], []);

        Assert.Equal(0, history.FreePlaces(Mentor(1, maxMentees: 1)));
    }
}
