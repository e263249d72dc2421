namespace VcsDirectory.Api.Jobs;

/// <summary><c>Jobs</c>: how many jobs an instance runs at once and how it keeps its claims; checked at start-up.</summary>
/// <remarks>
/// One worker by default: the machine this runs on has two cores, and a plan already scores its candidates on both.
/// An instance with <see cref="Workers"/> 0 serves <c>job(id)</c> and queues jobs but leaves running them to others.
/// </remarks>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Jobs this instance runs at the same time (0 to 8).</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How long a claim on a running job holds without renewal; a job whose claim ran out was abandoned (its instance died) and is marked FAILED.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often a running job's progress is saved, its claim renewed and a cancellation looked for.</summary>
    public double HeartbeatSeconds { get; set; } = 1;

    /// <summary>How often an idle instance looks for jobs queued through other instances and for abandoned ones.</summary>
    public double PollSeconds { get; set; } = 5;

    public void Validate()
    {
        if (Workers is < 0 or > 8)
        {
            throw new InvalidOperationException($"Jobs:Workers must be between 0 and 8 (got {Workers}).");
        }

        if (HeartbeatSeconds <= 0 || PollSeconds <= 0 || LeaseSeconds < 3 * HeartbeatSeconds)
        {
            throw new InvalidOperationException(
                $"Jobs:HeartbeatSeconds and Jobs:PollSeconds must be positive and Jobs:LeaseSeconds at least three heartbeats (got {HeartbeatSeconds}, {PollSeconds}, {LeaseSeconds}).");
        }
    }
}
