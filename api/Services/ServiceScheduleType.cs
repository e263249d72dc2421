using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Services;

public sealed class ServiceScheduleType : DirectoryObjectGraphType<ServiceSchedule>
{
    public ServiceScheduleType()
    {
        Name = "ServiceSchedule";
        Description = "One weekly opening of a service: the day and the hours, local time.";
        Field(s => s.Day, type: typeof(NonNullGraphType<DayOfWeekType>)).Description("The day it opens.");
        Field(s => s.OpensAt).Description("Local time, HH:mm:ss.");
        Field(s => s.ClosesAt).Description("Local time, HH:mm:ss.");
    }
}
