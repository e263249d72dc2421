using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Jobs;

/// <summary>
/// A long computation run in the background (a borough plan): queued by a mutation, claimed and run by one instance's
/// <see cref="JobWorker"/>, its progress and result kept in the database so every instance answers <c>job(id)</c> alike.
/// </summary>
/// <remarks>
/// Not directory data: saving a job never moves the data version (<see cref="IOutsideDataVersion"/>), or starting a
/// plan would make every snapshot, and the plan's own result, stale.
/// </remarks>
public sealed class Job : IVersioned, IOutsideDataVersion
{
    public int Id { get; set; }

    /// <summary>The registered <see cref="IJobKind.Name"/>: which computation, and which result field answers it.</summary>
    public required string Kind { get; set; }

    public JobStatus Status { get; set; }

    /// <summary>0–100, with <see cref="Phase"/> the step under way.</summary>
    public int Progress { get; set; }

    public string? Phase { get; set; }

    /// <summary>The validated input, as the kind's JSON.</summary>
    public required string Input { get; set; }

    /// <summary>The data version read as the run began: the result is the answer for this version only.</summary>
    public long? DataVersion { get; set; }

    /// <summary>The kind's JSON of its result; cleared once the data version has moved on (see <see cref="JobStore.DiscardStaleResultsAsync"/>).</summary>
    public string? Result { get; set; }

    /// <summary>Why it failed, in a sentence for the user (never a stack trace).</summary>
    public string? Error { get; set; }

    /// <summary>The subject of the token that started it.</summary>
    public required string StartedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public bool CancelRequested { get; set; }

    /// <summary>The instance running it and until when its claim holds unless renewed; a claim left to expire means the instance died.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    public int Version { get; set; } = 1;
}
