namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>One cell of the borough matrix: the families with a need in a category in a ward, beside the organisations serving that ward with that category.</summary>
public sealed record CategoryWardCoverage(int ServiceCategoryId, int WardId, int FamiliesInNeed, int Providers)
{
    /// <summary>Need and nobody serving it: the cells a planner looks at first.</summary>
    public bool IsUnserved => FamiliesInNeed > 0 && Providers == 0;
}
