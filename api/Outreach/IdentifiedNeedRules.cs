using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach;

/// <summary>
/// The rules an identified need keeps, checked on the need as recorded (its position already snapped to
/// <see cref="NeedGrid"/>; its category and ward are checked where they are looked up).
/// </summary>
public static class IdentifiedNeedRules
{
    public const int MaxFamilies = 100_000;

    public static void Check(ProblemList problems, string path, IdentifiedNeed need)
    {
        problems.Range($"{path}.familiesAffected", need.FamiliesAffected, 1, MaxFamilies);
        problems.Range($"{path}.severity", need.Severity, 1, 3);
        problems.Text($"{path}.source", need.Source, 200, required: true);
        problems.Position($"{path}.location", need.Latitude, need.Longitude);
    }
}
