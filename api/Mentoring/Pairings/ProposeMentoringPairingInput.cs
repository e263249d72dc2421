namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class ProposeMentoringPairingInput
{
    public string MenteeId { get; set; } = "";

    public string MentorId { get; set; } = "";

    public string? Note { get; set; }
}
