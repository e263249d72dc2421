using GraphQL.Types;

namespace VcsDirectory.Api.Services;

public sealed class OpenOnInputType : InputObjectGraphType
{
    public OpenOnInputType()
    {
        Name = "OpenOnInput";
        Description = "A day of the week and, optionally, a time of day the service must be open at.";
        Field<NonNullGraphType<DayOfWeekType>>("day").Description("The service must open on this day.");
        Field<TimeOnlyGraphType>("at").Description("Local time, HH:mm:ss; omitted: open at any time that day.");
    }
}
