using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Centres;

/// <summary>
/// The rules a children's centre keeps, checked on the centre as an edit or an import leaves it (references to wards,
/// services and its operator are checked where they are looked up). The mutations and the importer call the same rules.
/// </summary>
public static class ChildrensCentreRules
{
    public static void Check(ProblemList problems, string path, ChildrensCentre c)
    {
        problems.Text($"{path}.name", c.Name, 200, required: true);
        problems.Text($"{path}.status2013", c.Status2013, 200, required: true);
        problems.Text($"{path}.source", c.Source, 500, required: true);
        problems.Position(path, c.Latitude, c.Longitude);
        if (c.LocationPrecision == LocationPrecision.Unknown && c.Latitude is not null)
        {
            problems.Add($"{path}.locationPrecision", "INCONSISTENT", "A centre whose location is unknown has no position.");
        }
        else if (c.LocationPrecision != LocationPrecision.Unknown && c.Latitude is null)
        {
            problems.Add($"{path}.location", "INCONSISTENT", "A centre without a position has an unknown location.");
        }

        problems.Range($"{path}.volunteerCount", c.VolunteerCount ?? 0, 0, 10_000);
        problems.Range($"{path}.parentRepresentativeCount", c.ParentRepresentativeCount ?? 0, 0, 10_000);
    }
}
