using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.Jobs;

/// <summary>
/// Who may see and stop a job: whoever started it, and CVS staff, who share the borough's plans and the machine a
/// runaway job holds. Anyone else is told no such job exists, so ids reveal nothing.
/// </summary>
public static class JobAccess
{
    public const string Who = "whoever started the job, or CVS staff";

    public static bool MaySee(DirectoryCaller caller, Job job) =>
        caller.IsCvsStaff || (caller.IsAuthenticated && caller.Actor == job.StartedBy);
}
