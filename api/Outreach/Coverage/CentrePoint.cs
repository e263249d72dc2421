using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>A children's centre as coverage sees it; <paramref name="Location"/> is null where the directory does not know where it is.</summary>
public sealed record CentrePoint(int Id, string Name, GeoPoint? Location, IReadOnlySet<int> ServiceCategoryIds);
