namespace VcsDirectory.Api.Import;

public sealed record WardRecord(string Code, string Name, double Latitude, double Longitude, bool CentroidIsApproximate, string Source);
