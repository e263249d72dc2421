using VcsDirectory.Api.Outcomes.Indicators;
using VcsDirectory.Api.Outcomes.Participation;

namespace VcsDirectory.Tests.Outcomes.Indicators;

public sealed class ParticipationIndicatorsTests
{
    private static readonly OpportunityFacts[] Opportunities =
    [
        new(ParticipationKind.VolunteerRole, IsOpen: true, Places: 4, PlacesFilled: 3),
        new(ParticipationKind.VolunteerRole, IsOpen: true, Places: 2, PlacesFilled: 0),
        new(ParticipationKind.VolunteerRole, IsOpen: false, Places: 5, PlacesFilled: 5),
        new(ParticipationKind.ParentRepresentative, IsOpen: true, Places: 2, PlacesFilled: 1),
    ];

    [Fact]
    public void Only_open_volunteer_roles_count_as_opportunities_and_filled_places()
    {
        Assert.Equal(2, ParticipationIndicators.VolunteerOpportunities(Opportunities).Value);
        var filled = ParticipationIndicators.VolunteerPlacesFilled(Opportunities);
        Assert.Equal(3, filled.Value);
        Assert.Equal("3 of 6 places filled in 2 open volunteer opportunities.", filled.Explanation);
    }

    [Fact]
    public void Parent_representatives_and_the_board_come_from_the_centres_record()
    {
        Assert.Equal(3, ParticipationIndicators.ParentRepresentatives(SmallCentre.Centre()).Value);
        Assert.Equal(1, ParticipationIndicators.AdvisoryBoard(SmallCentre.Centre()).Value);
        Assert.Equal(0, ParticipationIndicators.AdvisoryBoard(SmallCentre.Centre(board: false)).Value);
    }

    [Fact]
    public void A_centre_whose_record_is_silent_has_no_value()
    {
        Assert.Null(ParticipationIndicators.ParentRepresentatives(SmallCentre.Centre(parents: null)).Value);
        Assert.Null(ParticipationIndicators.AdvisoryBoard(SmallCentre.Centre(board: null)).Value);
    }
}
