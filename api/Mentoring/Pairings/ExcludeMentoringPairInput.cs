namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class ExcludeMentoringPairInput
{
    public string OrganisationId { get; set; } = "";

    public string OtherOrganisationId { get; set; } = "";

    public string Reason { get; set; } = "";
}
