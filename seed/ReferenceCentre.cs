namespace VcsDirectory.Seed;

public sealed record ReferenceCentre(string Name, string Status2013, string? WardInferred);
