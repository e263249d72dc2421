namespace VcsDirectory.Api.Services;

/// <summary>One weekly opening: the day and the hours (Open Referral's schedule: freq WEEKLY, byday, opens_at, closes_at).</summary>
public sealed class ServiceSchedule
{
    public DayOfWeek Day { get; set; }

    public TimeOnly OpensAt { get; set; }

    public TimeOnly ClosesAt { get; set; }
}
