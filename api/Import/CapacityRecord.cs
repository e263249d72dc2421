namespace VcsDirectory.Api.Import;

public sealed record CapacityRecord(string Area, int Strength, string? Note = null);
