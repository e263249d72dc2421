using System.ComponentModel;

namespace VcsDirectory.Api.Outcomes.Participation;

[Description("The way in a participation opportunity offers.")]
public enum ParticipationKind
{
    [Description("A parent representative's place in the centre's decisions.")]
    ParentRepresentative,
    [Description("A seat on the centre's advisory board.")]
    AdvisoryBoardSeat,
    [Description("A role for a community volunteer at the centre or one of its services.")]
    VolunteerRole,
    [Description("A seat for a parents' group in a consortium delivering the centre's services.")]
    ConsortiumSeat,
}
