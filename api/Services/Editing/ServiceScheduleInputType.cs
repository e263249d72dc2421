using GraphQL.Types;

namespace VcsDirectory.Api.Services.Editing;

public sealed class ServiceScheduleInputType : InputObjectGraphType
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
