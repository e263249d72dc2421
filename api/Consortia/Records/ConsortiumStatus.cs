using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Records;

[Description("Where a consortium stands: FORMING → PROPOSED → ACTIVE → DISSOLVED (it can be dissolved from any earlier state).")]
public enum ConsortiumStatus
{
    [Description("Being put together: the lead invites members.")]
    Forming,

    [Description("Submitted by the lead to CVS staff.")]
    Proposed,

    [Description("Accepted by CVS staff and working.")]
    Active,

    [Description("Ended; kept with its history.")]
    Dissolved,
}
