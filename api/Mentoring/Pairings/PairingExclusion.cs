namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>Two organisations that must never be paired, whichever would mentor the other (a conflict of interest, a history).</summary>
public sealed class PairingExclusion
{
    public int Id { get; set; }

    public int FirstOrganisationId { get; set; }

    public int SecondOrganisationId { get; set; }

    public required string Reason { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
