using System.Diagnostics;

namespace VcsDirectory.Api;

/// <summary>
/// Where the start's time goes, logged once the server listens (category <c>VcsDirectory.Api.StartupTimeline</c>, level
/// Information): from the process's start to <c>Main</c>, the builder, the services registered and the host built; then
/// each step of the database's readiness (context, migration check, seed check, each ready check) and, on another thread
/// meanwhile, of the schema's (types made, initialised, one request answered in-process); then listening.
/// The load script's start figure is the sum; this says which part to work on.
/// </summary>
public sealed class StartupTimeline
{
    private readonly DateTime _processStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private readonly List<(string Phase, double Seconds)> _marks = [];

    /// <summary>Notes that <paramref name="phase"/> has just ended (thread-safe: the schema ends on another thread).</summary>
    public void Mark(string phase)
    {
        var seconds = (DateTime.UtcNow - _processStarted).TotalSeconds;
        lock (_marks)
        {
            _marks.Add((phase, seconds));
        }
    }

    public void Log(ILogger logger)
    {
        Mark("listening");
        lock (_marks)
        {
            logger.LogInformation("Started: {Timeline} (seconds since the process started)",
                string.Join(", ", _marks.OrderBy(m => m.Seconds).Select(m => $"{m.Phase} {m.Seconds:F3}")));
        }
    }
}
