using GraphQL.Types;

namespace VcsDirectory.Api.Services;

/// <summary>.NET's <see cref="DayOfWeek"/>, which cannot carry description attributes, described here.</summary>
public sealed class DayOfWeekType : EnumerationGraphType<DayOfWeek>
{
    public DayOfWeekType()
    {
        Name = "DayOfWeek";
        Description = "A day of the week; openings repeat on it every week.";
        foreach (var value in Values)
        {
            value.Description = $"Every {((DayOfWeek)value.Value!).ToString()}.";
        }
    }
}
