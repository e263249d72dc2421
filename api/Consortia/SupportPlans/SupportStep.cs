using VcsDirectory.Api.Consortia.Readiness;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>One step of a support plan: close the gap in one capacity area by a due date.</summary>
public sealed class SupportStep
{
    /// <summary>The capacity area code; one step per area in a plan.</summary>
    public required string Area { get; set; }

    public SupportStepSource Source { get; set; }

    /// <summary>The mentor the matcher proposed for the area; null when none was eligible.</summary>
    public int? MentorId { get; set; }

    /// <summary>The pairing the step is done through: it is done when that pairing ends COMPLETED.</summary>
    public int? PairingId { get; set; }

    /// <summary>Why this source (the matcher's explanation for a mentor), in one sentence.</summary>
    public required string Explanation { get; set; }

    public DateOnly DueDate { get; set; }

    public DateTime? DoneAt { get; set; }
}
