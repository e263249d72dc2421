using System.ComponentModel;

namespace VcsDirectory.Api.Engagement.Proposals;

[Description("Where a proposal of the programme stands.")]
public enum ProposalStatus
{
    [Description("Made, and not yet taken forward.")]
    Open,
    [Description("Being taken forward: it has an owner and a next step.")]
    InProgress,
    [Description("Done.")]
    Done,
    [Description("Dropped, with the reason in its next step.")]
    Dropped,
}
