namespace VcsDirectory.Api.Import;

public sealed record ScheduleRecord(DayOfWeek Day, TimeOnly OpensAt, TimeOnly ClosesAt);
