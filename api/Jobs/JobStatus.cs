using System.ComponentModel;

namespace VcsDirectory.Api.Jobs;

[Description("Where a job stands.")]
public enum JobStatus
{
    [Description("Waiting for a free worker on some instance.")]
    Queued,

    [Description("Being computed; progress and phase say how far.")]
    Running,

    [Description("Done: the result is served until the directory's data changes.")]
    Succeeded,

    [Description("Stopped by an error, or abandoned when the instance running it stopped (error says which).")]
    Failed,

    [Description("Stopped at the request of whoever started it or of CVS staff.")]
    Cancelled,
}
