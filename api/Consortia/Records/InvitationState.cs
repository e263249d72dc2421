using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Records;

[Description("Where an organisation's place in a consortium stands.")]
public enum InvitationState
{
    [Description("Invited by the lead; waiting for its coordinator's answer.")]
    Invited,

    [Description("A member (the lead always is).")]
    Accepted,

    [Description("It declined the invitation.")]
    Declined,

    [Description("It was a member and left.")]
    Left,
}
