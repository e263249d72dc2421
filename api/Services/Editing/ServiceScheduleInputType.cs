using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class ServiceScheduleInputType : TypedInputGraphType<ScheduleInput>
{
    public ServiceScheduleInputType()
    {
        Name = "ServiceScheduleInput";
        Description = "One weekly opening: the day, and the hours in local time.";
        Field<NonNullGraphType<EnumerationGraphType<DayOfWeek>>>("day");
        Field<NonNullGraphType<TimeOnlyGraphType>>("opensAt");
        Field<NonNullGraphType<TimeOnlyGraphType>>("closesAt");
    }
}
