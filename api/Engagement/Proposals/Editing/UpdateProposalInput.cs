using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Engagement.Proposals.Editing;

public sealed class UpdateProposalInput : EditInput
{
    public Optional<ProposalStatus?> Status { get; set; }

    public Optional<string?> OwnerId { get; set; }

    public Optional<string?> NextStep { get; set; }

    public Optional<DateOnly?> NextStepOn { get; set; }

    public Optional<IReadOnlyList<string>?> Indicators { get; set; }

    public Optional<IReadOnlyList<string>?> ConsortiumIds { get; set; }

    public Optional<IReadOnlyList<string>?> SupportPlanIds { get; set; }
}
