using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class ServiceScheduleInputType : TypedInputGraphType<ScheduleInput>
{
    public ServiceScheduleInputType()
    {
        Name = "ServiceScheduleInput";
        Description = "One weekly opening: the day, and the hours in local time.";
        Field<NonNullGraphType<DayOfWeekType>>("day").Description("The day it opens.");
        Field<NonNullGraphType<TimeOnlyGraphType>>("opensAt").Description("Local time, HH:mm:ss.");
        Field<NonNullGraphType<TimeOnlyGraphType>>("closesAt").Description("Local time, HH:mm:ss; after opensAt.");
    }
}
