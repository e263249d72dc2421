namespace VcsDirectory.Api.Services.Editing;

public sealed class ScheduleInput
{
    public DayOfWeek Day { get; set; }

    public TimeOnly OpensAt { get; set; }

    public TimeOnly ClosesAt { get; set; }
}
