namespace VcsDirectory.Seed;

public sealed record ReferenceWard(string Name, double Lat, double Lon);
