using GraphQL.Types;

namespace VcsDirectory.Api.Services;

public sealed class ServiceScheduleType : ObjectGraphType<ServiceSchedule>
{
    public ServiceScheduleType()
    {
        Name = "ServiceSchedule";
        Description = "One weekly opening of a service: the day and the hours, local time.";
        Field(s => s.Day, type: typeof(NonNullGraphType<EnumerationGraphType<DayOfWeek>>));
        Field(s => s.OpensAt).Description("Local time, HH:mm:ss.");
        Field(s => s.ClosesAt).Description("Local time, HH:mm:ss.");
    }
}
